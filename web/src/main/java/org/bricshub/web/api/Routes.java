package org.bricshub.web.api;

import java.util.List;
import org.bricshub.web.http.Shortcut;

/** A group of routes that one feature contributes to the server; the app module lists them explicitly. */
@FunctionalInterface
public interface Routes {
    void register(ApiRouter router);

    /** Answers to the most frequent of these routes' requests, written ahead of the router; none by default. */
    default List<Shortcut> shortcuts() {
        return List.of();
    }
}
