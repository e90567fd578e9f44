/** ipindex web: dashboard and API over HTTP. */
package org.ipindex.web;
