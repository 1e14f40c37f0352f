package org.bricshub.gs1;

/** Checks a value against an AI's format specification, component by component (Syntax Dictionary header). */
final class AiFormat {

    private AiFormat() {
    }

    static void validate(ApplicationIdentifier ai, String value) {
        String code = ai.code();
        if (value.isEmpty()) {
            throw new Gs1Exception(Gs1Exception.Rule.LENGTH, code, "empty value");
        }
        int pos = 0;
        for (ApplicationIdentifier.Component c : ai.components()) {
            int left = value.length() - pos;
            if (left == 0 && c.optional()) {
                break;
            }
            if (left < c.minLength()) {
                throw new Gs1Exception(Gs1Exception.Rule.LENGTH, code, lengthMessage(ai, value));
            }
            int end = pos + (c.fixedLength() ? c.minLength() : Math.min(left, c.maxLength()));
            String part = value.substring(pos, end);
            for (int i = 0; i < part.length(); i++) {
                char ch = part.charAt(i);
                if (!c.characterSet().contains(ch)) {
                    throw new Gs1Exception(Gs1Exception.Rule.CHARACTER_SET, code, "character '" + printable(ch)
                            + "' at position " + (pos + i + 1) + " of '" + value + "' is not " + c.characterSet().label());
                }
            }
            for (String linter : c.linters()) {
                Linters.check(linter, code, part);
            }
            pos = end;
        }
        if (pos != value.length()) {
            throw new Gs1Exception(Gs1Exception.Rule.LENGTH, code, lengthMessage(ai, value));
        }
    }

    private static String lengthMessage(ApplicationIdentifier ai, String value) {
        String allowed = ai.fixedLength() ? "exactly " + ai.minLength()
                : ai.minLength() + " to " + ai.maxLength();
        return "'" + value + "' has " + value.length() + " characters, the format " + spec(ai) + " allows " + allowed;
    }

    static String spec(ApplicationIdentifier ai) {
        StringBuilder s = new StringBuilder();
        for (ApplicationIdentifier.Component c : ai.components()) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(c.optional() ? "[" : "").append(c.characterSet().letter())
                    .append(c.fixedLength() ? "" : "..").append(c.maxLength()).append(c.optional() ? "]" : "");
        }
        return s.toString();
    }

    private static String printable(char c) {
        return c < 32 || c > 126 ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }
}
