/**
 * Web pages ({@link com.flagmark.ingest.web.WebPages}, the entry): a page is cleaned of scripts,
 * navigation and site chrome, its article found, and its title, date, source and authors read.
 */
package com.flagmark.ingest.web;
