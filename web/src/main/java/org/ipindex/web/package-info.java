/**
 * ipindex web: the dashboard and the API over HTTP (Javalin). Start with {@link org.ipindex.web.WebServer}:
 * it serves the pages in {@code resources/public}, the JSON/CSV API under {@code /api} (described in
 * {@code /api/openapi.json}) and the province map, on an opened {@link org.ipindex.store.Store}.
 *
 * <p>Read-only access is open; writes (import, revise, release) need a token of a user with a
 * {@link org.ipindex.web.Role} ({@link org.ipindex.web.Access}, read from {@code server.properties}).
 * Results are evaluated through {@code app} once at start and after every write ({@code Published}).
 */
package org.ipindex.web;
