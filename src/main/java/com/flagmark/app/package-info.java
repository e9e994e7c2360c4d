/**
 * The desktop app: JavaFX views and their view-models. Views never touch SQL or HanLP; long work
 * runs in JavaFX tasks off the FX thread.
 */
package com.flagmark.app;
