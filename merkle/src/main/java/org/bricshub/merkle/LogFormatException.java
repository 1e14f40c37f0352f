package org.bricshub.merkle;

/**
 * Input that does not follow the format a standard lays down: a tile path, an entry bundle, a signed note, a
 * checkpoint, a key string. The message names the broken rule; {@link #format()} names what was being parsed.
 */
public final class LogFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String format;

    /**
     * @param format what was being parsed, e.g. "tile path", "signed note", "checkpoint"
     * @param rule   the rule the input broke, with the offending value where it helps
     */
    public LogFormatException(String format, String rule) {
        super("malformed " + format + ": " + rule);
        this.format = format;
    }

    /** What was being parsed, e.g. "tile path". */
    public String format() {
        return format;
    }
}
