package org.bricshub.web.http;

import java.util.List;
import java.util.Map;
import org.bricshub.epcis.EpcisValidationException;
import org.bricshub.epcis.query.QueryParameterException;
import org.bricshub.gs1.Gs1Exception;

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

    /** Schema or semantic violations of a captured document: 400, each violation with its JSON pointer or XML path. */
    public static ProblemException of(EpcisValidationException e) {
        List<Map<String, String>> violations = e.violations().stream()
                .map(v -> Map.of("pointer", v.location(), "rule", v.rule())).toList();
        return new EpcisProblem(400, "ValidationException", "Invalid EPCIS document",
                violations.size() + " violation(s) of the EPCIS 2.0 schema or rules", "violations", violations);
    }

    /** Unknown, malformed or unsupported query parameters: 400 as the binding's QueryParameterException. */
    public static ProblemException of(QueryParameterException e) {
        List<Map<String, String>> problems = e.problems().stream()
                .map(p -> Map.of("parameter", p.parameter(), "rule", p.rule())).toList();
        return new EpcisProblem(400, "QueryParameterException", "Invalid query parameter", e.getMessage(),
                "parameters", problems);
    }

    /** A GS1 identifier that breaks its syntax: 400 as a ValidationException naming the AI and rule. */
    public static ProblemException of(Gs1Exception e) {
        Map<String, String> violation = e.ai() == null ? Map.of("rule", e.getMessage())
                : Map.of("ai", e.ai(), "rule", e.getMessage());
        return new EpcisProblem(400, "ValidationException", "Invalid GS1 identifier", e.getMessage(), "violations",
                List.of(violation));
    }
}
