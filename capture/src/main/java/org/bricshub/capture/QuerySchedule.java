package org.bricshub.capture;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a scheduled subscription runs (EPCIS 2.0 §8.2.5.3 QuerySchedule, REST binding query-schedule.json): each
 * field is a comma-separated list of numbers and ranges {@code [a-b]}; an omitted field matches every value. The
 * binding's own example uses {@code start/step} ({@code "0/30"}), accepted as every step-th value from start. Times
 * are matched in UTC.
 *
 * @param fields the given fields by name (second, minute, hour, dayOfMonth, month, dayOfWeek), as given
 */
public record QuerySchedule(Map<String, String> fields) {
    private static final Map<String, int[]> RANGES = Map.of("second", new int[] {0, 59}, "minute", new int[] {0, 59},
            "hour", new int[] {0, 23}, "dayOfMonth", new int[] {1, 31}, "month", new int[] {1, 12},
            "dayOfWeek", new int[] {1, 7});
    private static final Pattern ELEMENT = Pattern.compile("(\\d+)|\\[(\\d+)-(\\d+)]|(\\d+)/(\\d+)");

    /** @throws SubscriptionControlsException naming the field that breaks the grammar or its range */
    public QuerySchedule {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        if (fields.isEmpty()) {
            throw new SubscriptionControlsException("a schedule names at least one of " + RANGES.keySet());
        }
        fields.forEach(QuerySchedule::values);
    }

    /** Whether the schedule fires at this second. */
    public boolean matches(ZonedDateTime time) {
        ZonedDateTime t = time.withZoneSameInstant(ZoneOffset.UTC);
        return field("second", t.getSecond()) && field("minute", t.getMinute()) && field("hour", t.getHour())
                && field("dayOfMonth", t.getDayOfMonth()) && field("month", t.getMonthValue())
                && field("dayOfWeek", t.getDayOfWeek().getValue());
    }

    private boolean field(String name, int value) {
        String spec = fields.get(name);
        return spec == null || values(name, spec).get(value);
    }

    private static BitSet values(String name, String spec) {
        int[] range = RANGES.get(name);
        if (range == null) {
            throw new SubscriptionControlsException("'" + name + "' is not a schedule field; they are " + RANGES.keySet());
        }
        BitSet values = new BitSet();
        for (String element : spec.split(",", -1)) {
            Matcher m = ELEMENT.matcher(element.strip());
            if (!m.matches()) {
                throw new SubscriptionControlsException("schedule " + name + " '" + spec
                        + "' is not a list of numbers, [a-b] ranges or start/step");
            }
            int from = number(name, m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4), range);
            int to = m.group(1) != null ? from : m.group(3) != null ? number(name, m.group(3), range) : range[1];
            int step = m.group(5) == null ? 1 : Integer.parseInt(m.group(5));
            if (from > to || step < 1) {
                throw new SubscriptionControlsException("schedule " + name + " '" + element + "' is an empty range");
            }
            for (int v = from; v <= to; v += step) {
                values.set(v);
            }
        }
        return values;
    }

    private static int number(String name, String digits, int[] range) {
        int n = digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (n < range[0] || n > range[1]) {
            throw new SubscriptionControlsException("schedule " + name + " " + digits + " is outside " + range[0]
                    + ".." + range[1]);
        }
        return n;
    }
}
