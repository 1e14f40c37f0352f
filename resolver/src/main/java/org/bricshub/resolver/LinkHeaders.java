package org.bricshub.resolver;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 8288 Link header members for links: target, relation type (the full link type URI), title, languages and
 * media type. Header values are Latin-1 on the wire, so a title outside ASCII goes into {@code title*} (RFC 8187)
 * and {@code title} carries the link type's English title.
 */
public final class LinkHeaders {
    private LinkHeaders() {
    }

    /** The members for {@code levels}' links, each level's default link also under {@code gs1:defaultLink}. */
    static String of(List<AnchoredLinks> levels) {
        StringBuilder out = new StringBuilder(256);
        for (AnchoredLinks level : levels) {
            boolean defaultSeen = false;
            for (Link link : level.links()) {
                append(out, link, link.linkType());
                if (link.isDefault() && !defaultSeen) {
                    append(out, link, LinkType.DEFAULT_LINK);
                    defaultSeen = true;
                }
            }
        }
        return out.toString();
    }

    /** One member: {@code <target>; rel="relation"; title="title"}, the title quoted (and RFC 8187 if not ASCII). */
    public static String member(String target, String relation, String title) {
        StringBuilder out = new StringBuilder(target.length() + relation.length() + title.length() + 24);
        out.append('<').append(target).append(">; rel=\"").append(relation).append('"');
        appendTitle(out, title, title);
        return out.toString();
    }

    private static void append(StringBuilder out, Link link, LinkType relation) {
        if (!out.isEmpty()) {
            out.append(", ");
        }
        out.append('<').append(link.href()).append(">; rel=\"").append(relation.uri()).append('"');
        appendTitle(out, link.title(), link.linkType().title());
        for (String lang : link.hreflang()) {
            out.append("; hreflang=\"").append(lang).append('"');
        }
        link.type().ifPresent(t -> out.append("; type=\"").append(t).append('"'));
    }

    private static void appendTitle(StringBuilder out, String title, String asciiFallback) {
        if (isPrintableAscii(title)) {
            out.append("; title=\"").append(quoted(title)).append('"');
            return;
        }
        out.append("; title=\"").append(quoted(isPrintableAscii(asciiFallback) ? asciiFallback : "link")).append('"');
        out.append("; title*=UTF-8''");
        for (byte b : title.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String s) {
        return s.indexOf('"') < 0 && s.indexOf('\\') < 0 ? s : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
