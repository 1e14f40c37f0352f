package org.bricshub.web.http;

import java.time.Duration;
import org.bricshub.ledger.LedgerException;
import org.bricshub.merkle.LogFormatException;
import org.bricshub.platform.problem.InvalidInputException;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.platform.problem.OverloadedException;
import org.bricshub.platform.problem.ProblemException;

/**
 * Problems of modules that know nothing of HTTP (they depend on the JDK only, or on no platform type), translated
 * to the platform's problem types so that {@link ProblemMapper} answers them like every other failure.
 */
public final class ModuleProblems {
    private ModuleProblems() {
    }

    public static ProblemException of(LedgerException e) {
        return switch (e.reason()) {
            case OVERLOADED -> OverloadedException.unavailable(Duration.ofSeconds(1), e.getMessage());
            case CLOSED -> OverloadedException.unavailable(Duration.ofSeconds(5), e.getMessage());
            case ENTRY_TOO_LARGE -> new InvalidInputException("entry", e.getMessage());
            case BEYOND_TREE_SIZE -> new NotFoundException(e.getMessage());
        };
    }

    public static ProblemException of(LogFormatException e) {
        return new InvalidInputException(e.format(), e.getMessage());
    }
}
