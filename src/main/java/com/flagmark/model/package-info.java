/**
 * The values every layer shares: articles, their blocks and metadata, and the user-facing error.
 * Depends on nothing but the JDK.
 */
package com.flagmark.model;
