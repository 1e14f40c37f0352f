package org.bricshub.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * A C2SP tlog-checkpoint: the note text {@code <origin>\n<tree size>\n<base64 root hash>\n[<extension line>\n]*},
 * signed as a {@link SignedNote}.
 *
 * @param origin     the log's identity, e.g. {@code example.com/log}; non-empty
 * @param size       tree size, >= 0
 * @param rootHash   the Merkle Tree Hash of the first {@code size} entries
 * @param extensions optional extension lines, each non-empty
 */
public record Checkpoint(String origin, long size, Hash rootHash, List<String> extensions) {

    private static final String FORMAT = "checkpoint";

    public Checkpoint {
        checkLine(origin, "origin");
        if (size < 0) {
            throw new IllegalArgumentException("tree size must be >= 0, got " + size);
        }
        if (rootHash == null) {
            throw new IllegalArgumentException("root hash is required");
        }
        extensions = List.copyOf(extensions);
        extensions.forEach(line -> checkLine(line, "extension line"));
    }

    /** A checkpoint without extension lines. */
    public Checkpoint(String origin, long size, Hash rootHash) {
        this(origin, size, rootHash, List.of());
    }

    /** The note text: the lines that signatures cover. */
    public String text() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(rootHash.base64()).append('\n');
        extensions.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /**
     * Parses a checkpoint note text (e.g. {@link SignedNote#text()} of a verified note).
     *
     * @throws LogFormatException naming the broken rule
     */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw new LogFormatException(FORMAT, "text must end in a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new LogFormatException(FORMAT, "needs origin, tree size and root hash lines, got "
                    + lines.length + " lines");
        }
        List<String> extensions = new ArrayList<>(List.of(lines).subList(3, lines.length));
        if (lines[0].isEmpty() || extensions.stream().anyMatch(String::isEmpty)) {
            throw new LogFormatException(FORMAT, "origin and extension lines must be non-empty");
        }
        return new Checkpoint(lines[0], parseSize(lines[1]), parseHash(lines[2]), extensions);
    }

    private static long parseSize(String line) {
        boolean digits = !line.isEmpty() && line.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || (line.length() > 1 && line.charAt(0) == '0')) {
            throw new LogFormatException(FORMAT, "tree size must be a decimal without leading zeroes: " + line);
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new LogFormatException(FORMAT, "tree size too large: " + line);
        }
    }

    private static Hash parseHash(String line) {
        try {
            return Hash.fromBase64(line);
        } catch (LogFormatException e) {
            throw new LogFormatException(FORMAT, "root hash must be base64 of 32 bytes: " + line);
        }
    }

    private static void checkLine(String line, String what) {
        if (line == null || line.isEmpty() || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(what + " must be one non-empty line, got " + line);
        }
    }
}
