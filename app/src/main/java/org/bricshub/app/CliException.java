package org.bricshub.app;

import java.net.ConnectException;

/** A command failed for a reason the user can act on; the message is the one line the command prints. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }

    /** One line for any failure: our own messages as they are, others with their kind. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "cannot connect: " + root.getMessage();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
