package org.bricshub.merkle;

import java.util.Arrays;

/** Parses C2SP tlog-tiles resource paths, accepting only the canonical spelling. */
final class TilePathParser {

    private static final String FORMAT = "tile path";
    private static final int MAX_INDEX_GROUPS = 7; // Long.MAX_VALUE has 19 digits

    private TilePathParser() {
    }

    static TilePath parse(String path) {
        if (path == null) {
            throw new LogFormatException(FORMAT, "null");
        }
        String[] parts = path.split("/", -1);
        if (parts.length < 3 || !parts[0].equals("tile")) {
            throw new LogFormatException(FORMAT, "must read tile/<L>/<N>[.p/<W>] or tile/entries/<N>[.p/<W>]: "
                    + path);
        }
        String[] rest = Arrays.copyOfRange(parts, 2, parts.length);
        int width = Tiles.WIDTH;
        if (rest.length >= 2 && rest[rest.length - 2].endsWith(".p")) {
            width = decimal(rest[rest.length - 1], 255, "width", path);
            if (width == 0) {
                throw new LogFormatException(FORMAT, "partial width must be 1..255: " + path);
            }
            rest = Arrays.copyOf(rest, rest.length - 1);
            rest[rest.length - 1] = rest[rest.length - 1].substring(0, rest[rest.length - 1].length() - 2);
        }
        long index = index(rest, path);
        if (parts[1].equals("entries")) {
            return new TilePath.Entries(index, width);
        }
        int level = decimal(parts[1], Tiles.MAX_LEVEL, "level", path);
        return new TilePath.Hashes(level, index, width);
    }

    private static long index(String[] groups, String path) {
        if (groups.length > MAX_INDEX_GROUPS) {
            throw new LogFormatException(FORMAT, "index has too many groups: " + path);
        }
        long index = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            boolean last = i == groups.length - 1;
            if (!last) {
                if (!group.startsWith("x")) {
                    throw new LogFormatException(FORMAT, "all index groups but the last start with x: " + path);
                }
                group = group.substring(1);
            }
            if (group.length() != 3 || !group.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new LogFormatException(FORMAT, "index groups have exactly 3 digits: " + path);
            }
            try {
                index = Math.addExact(Math.multiplyExact(index, 1000), Integer.parseInt(group));
            } catch (ArithmeticException e) {
                throw new LogFormatException(FORMAT, "index too large: " + path);
            }
        }
        if (!Tiles.encodeIndex(index).equals(String.join("/", groups))) {
            throw new LogFormatException(FORMAT, "index has a leading x000 group: " + path);
        }
        return index;
    }

    // A decimal with no leading zeroes and no sign, at most max.
    private static int decimal(String text, int max, String what, String path) {
        boolean digits = !text.isEmpty() && text.length() <= 3 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || (text.length() > 1 && text.charAt(0) == '0')) {
            throw new LogFormatException(FORMAT, what + " must be a decimal without leading zeroes: " + path);
        }
        int value = Integer.parseInt(text);
        if (value > max) {
            throw new LogFormatException(FORMAT, what + " must be at most " + max + ": " + path);
        }
        return value;
    }
}
