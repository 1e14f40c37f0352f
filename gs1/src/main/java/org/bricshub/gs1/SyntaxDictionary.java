package org.bricshub.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the GS1 Barcode Syntax Dictionary (gs1/gs1-syntax-dictionary, format described in its header):
 * one line per AI or AI range, "AIs [Flags] Specification [Attributes...] [# Title]".
 */
final class SyntaxDictionary {

    static final String RESOURCE = "gs1-syntax-dictionary.txt";

    private static final Pattern COMPONENT = Pattern.compile("(\\[)?([NXYZ])(\\.\\.)?(\\d+)(])?((?:,\\w+)*)");
    private static final Pattern FLAGS = Pattern.compile("[*!?\"$%&'()+,\\-./:;<=>@\\[\\\\\\]^_`{|}~]+");

    private SyntaxDictionary() {
    }

    static List<ApplicationIdentifier> load() {
        try (InputStream in = SyntaxDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the gs1 module");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ApplicationIdentifier> parse(BufferedReader reader) throws IOException {
        List<ApplicationIdentifier> out = new ArrayList<>(600);
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                parseLine(trimmed, out);
            }
        }
        return out;
    }

    private static void parseLine(String line, List<ApplicationIdentifier> out) {
        int hash = line.indexOf('#');
        String title = hash < 0 ? "" : line.substring(hash + 1).strip();
        List<String> tokens = new ArrayList<>(Arrays.asList((hash < 0 ? line : line.substring(0, hash)).strip().split("\\s+")));
        String range = tokens.removeFirst();
        String flags = FLAGS.matcher(tokens.getFirst()).matches() ? tokens.removeFirst() : "";
        List<ApplicationIdentifier.Component> components = new ArrayList<>();
        while (!tokens.isEmpty() && COMPONENT.matcher(tokens.getFirst()).matches()) {
            components.add(component(tokens.removeFirst(), line));
        }
        List<List<String>> qualifiers = new ArrayList<>();
        List<String> requires = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        boolean primaryKey = false;
        for (String attribute : tokens) {
            int eq = attribute.indexOf('=');
            String key = eq < 0 ? attribute : attribute.substring(0, eq);
            String value = eq < 0 ? "" : attribute.substring(eq + 1);
            switch (key) {
                case "dlpkey" -> {
                    primaryKey = true;
                    for (String seq : value.isEmpty() ? new String[0] : value.split("\\|")) {
                        qualifiers.add(List.of(seq.split(",")));
                    }
                }
                case "req" -> {
                    // a repeated "req" would need each group satisfied: not in the dictionary yet, so refuse it
                    if (!requires.isEmpty()) {
                        throw new IllegalStateException("repeated req attribute in: " + line);
                    }
                    requires.addAll(List.of(value.split(",")));
                }
                case "ex" -> excludes.addAll(List.of(value.split(",")));
                default -> throw new IllegalStateException("unknown attribute '" + attribute + "' in: " + line);
            }
        }
        int dash = range.indexOf('-');
        String first = dash < 0 ? range : range.substring(0, dash);
        String last = dash < 0 ? range : range.substring(dash + 1);
        for (int ai = Integer.parseInt(first); ai <= Integer.parseInt(last); ai++) {
            String digits = Integer.toString(ai);
            String code = "0".repeat(first.length() - digits.length()) + digits;
            out.add(new ApplicationIdentifier(code, title, flags.contains("*"), flags.contains("?"),
                    components, primaryKey, qualifiers, requires, excludes));
        }
    }

    private static ApplicationIdentifier.Component component(String token, String line) {
        Matcher m = COMPONENT.matcher(token);
        if (!m.matches() || (m.group(1) == null) != (m.group(5) == null)) {
            throw new IllegalStateException("bad component '" + token + "' in: " + line);
        }
        ApplicationIdentifier.CharacterSet set = switch (m.group(2)) {
            case "N" -> ApplicationIdentifier.CharacterSet.NUMERIC;
            case "X" -> ApplicationIdentifier.CharacterSet.AI_82;
            case "Y" -> ApplicationIdentifier.CharacterSet.AI_39;
            default -> ApplicationIdentifier.CharacterSet.AI_64;
        };
        int max = Integer.parseInt(m.group(4));
        List<String> linters = m.group(6).isEmpty() ? List.of() : List.of(m.group(6).substring(1).split(","));
        for (String linter : linters) {
            if (!Linters.knows(linter)) {
                throw new IllegalStateException("unknown linter '" + linter + "' in: " + line);
            }
        }
        return new ApplicationIdentifier.Component(set, m.group(3) == null ? max : 1, max, m.group(1) != null, linters);
    }
}
