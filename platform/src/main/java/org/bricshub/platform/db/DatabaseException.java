package org.bricshub.platform.db;

/** The database cannot be started, reached or migrated; the message says which and why. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
