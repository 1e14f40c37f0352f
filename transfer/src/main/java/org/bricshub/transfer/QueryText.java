package org.bricshub.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * The text of a search split into fielded clauses ({@code title:"solar cell"}, {@code ipc:H01L},
 * {@code keyword:perovskite}, {@code concept:solar-cell}) and the free text that remains.
 */
record QueryText(String free, List<Clause> clauses) {
    private static final Pattern CLAUSE = Pattern.compile("(?<![\\p{L}\\p{N}])(title|ipc|keyword|concept):(\"([^\"]*)\"|(\\S+))");

    /** A fielded clause. */
    record Clause(String field, String value) {
    }

    static QueryText parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        StringBuilder free = new StringBuilder();
        Matcher m = CLAUSE.matcher(text);
        int last = 0;
        while (m.find()) {
            free.append(text, last, m.start()).append(' ');
            String value = m.group(3) != null ? m.group(3) : m.group(4);
            if (value.isBlank()) {
                throw new InvalidInputException("q", m.group(1) + ": needs a value");
            }
            clauses.add(new Clause(m.group(1), m.group(1).equals("ipc") ? value.toUpperCase(Locale.ROOT) : value));
            last = m.end();
        }
        free.append(text.substring(last));
        return new QueryText(free.toString().strip(), List.copyOf(clauses));
    }
}
