package org.bricshub.transfer;

import java.util.List;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * The words of a listing in one language, on the marketplace's structured template. Text is kept exactly as given,
 * markup included: it is data, and every page escapes it when rendering.
 *
 * @param title        what the technology or need is, 1 to 200 characters
 * @param summary      1 to 2,000 characters
 * @param problem      the problem solved or the need, up to 4,000 characters (may be empty)
 * @param innovation   what is new, up to 4,000 characters
 * @param advantages   the advantages over what exists, up to 4,000 characters
 * @param applications where it applies, up to 2,000 characters
 * @param keywords     up to 20 keywords of 1 to 60 characters each
 */
public record ListingText(String title, String summary, String problem, String innovation, String advantages,
                          String applications, List<String> keywords) {
    static final int MAX_KEYWORDS = 20;

    public ListingText {
        title = checked("title", title);
        summary = checked("summary", summary);
        problem = checked("problem", problem);
        innovation = checked("innovation", innovation);
        advantages = checked("advantages", advantages);
        applications = checked("applications", applications);
        keywords = checkedKeywords(keywords);
    }

    /** A text field's value under its rule (required or not, its length); the one place these rules live. */
    static String checked(String field, String value) {
        return switch (field) {
            case "title" -> required(field, value, 200);
            case "summary" -> required(field, value, 2_000);
            case "problem", "innovation", "advantages" -> optional(field, value, 4_000);
            case "applications" -> optional(field, value, 2_000);
            default -> throw new IllegalArgumentException("no text field " + field);
        };
    }

    static List<String> checkedKeywords(List<String> keywords) {
        List<String> checked = keywords == null ? List.of() : List.copyOf(keywords);
        if (checked.size() > MAX_KEYWORDS) {
            throw new InvalidInputException("keywords", "at most " + MAX_KEYWORDS + " keywords");
        }
        for (int i = 0; i < checked.size(); i++) {
            required("keywords/" + i, checked.get(i), 60);
        }
        return checked;
    }

    /** All text of this version, for search and terminology detection. */
    String body() {
        return String.join("\n", summary, problem, innovation, advantages, applications, String.join(", ", keywords));
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null) {
            return "";
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return value;
    }
}
