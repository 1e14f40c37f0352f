package org.bricshub.web.api;

/** A group of routes that one feature contributes to the server; the app module lists them explicitly. */
@FunctionalInterface
public interface Routes {
    void register(ApiRouter router);
}
