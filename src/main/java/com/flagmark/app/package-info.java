/**
 * The desktop app: JavaFX views and their view-models, over one library session of the use-case
 * layer. Views never touch SQL or HanLP; long work runs off the FX thread as a use case's
 * background task, which {@link com.flagmark.app.ProgressTask} shows.
 */
package com.flagmark.app;
