package org.bricshub.resolver;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bricshub.gs1.DigitalLink;
import org.bricshub.gs1.Gs1Exception;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * A link a brand owner asks to register, validated: the anchor is a Digital Link of primary key and qualifiers only
 * (any domain; only its path is kept), the target an absolute http(s) URI.
 *
 * @param anchor the anchor, without query
 * @param linkType a registrable GS1 Web Vocabulary link type
 * @param href the target
 * @param title the human-readable title (the standard requires one on every link)
 * @param hreflang BCP 47 language tags of the target, or "und"
 * @param context context values (letters, digits, {@code _ . : -}), e.g. a country code
 * @param type the target's media type
 * @param isDefault whether the link is a default link of its anchor
 */
public record NewLink(DigitalLink anchor, LinkType linkType, URI href, String title, List<String> hreflang,
                      List<String> context, Optional<String> type, boolean isDefault) {
    static final int MAX_HREF = 2048;
    static final int MAX_TITLE = 200;
    static final int MAX_VALUES = 20;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern CONTEXT = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}/"
            + "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}");

    public NewLink {
        Objects.requireNonNull(anchor, "anchor");
        if (!anchor.dataAttributes().isEmpty() || !anchor.otherParameters().isEmpty()) {
            throw new InvalidInputException("anchor", "must be a Digital Link without query string, got " + anchor);
        }
        if (!linkType.isRegistrable()) {
            throw new InvalidInputException("linkType", "must be a GS1 Web Vocabulary link type such as gs1:pip; "
                    + "mark a link as default with \"default\": true instead of " + linkType);
        }
        if (href.getScheme() == null || !(href.getScheme().equals("https") || href.getScheme().equals("http"))
                || href.getHost() == null || href.toString().length() > MAX_HREF) {
            throw new InvalidInputException("href", "must be an absolute http(s) URI of at most " + MAX_HREF
                    + " characters, got '" + href + "'");
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("title", "must be 1 to " + MAX_TITLE + " characters without control characters");
        }
        title = title.strip();
        hreflang = checked("hreflang", hreflang, LANGUAGE, "a BCP 47 language tag such as en or pt-BR, or und");
        context = checked("context", context, CONTEXT, "1 to 64 letters, digits or _ . : -");
        type.ifPresent(t -> {
            if (!MEDIA_TYPE.matcher(t).matches()) {
                throw new InvalidInputException("type", "must be a media type such as text/html, got '" + t + "'");
            }
        });
    }

    /**
     * Validates the values of a request, naming the field at fault.
     *
     * @throws InvalidInputException for a missing or malformed field
     */
    public static NewLink of(String anchor, String linkType, String href, String title, List<String> hreflang,
                             List<String> context, String type, Boolean isDefault) {
        if (anchor == null || anchor.isBlank()) {
            throw new InvalidInputException("anchor", "is required: a GS1 Digital Link URI such as https://id.gs1.org/01/09506000134376");
        }
        DigitalLink link;
        try {
            link = DigitalLink.parse(anchor.strip());
        } catch (Gs1Exception e) {
            throw new InvalidInputException("anchor", "must be a GS1 Digital Link URI: " + e.getMessage());
        }
        LinkType parsedType = LinkType.parse(linkType).orElseThrow(() -> new InvalidInputException("linkType",
                "must be a GS1 Web Vocabulary link type such as gs1:pip, got '" + linkType + "'"));
        if (href == null || href.isBlank()) {
            throw new InvalidInputException("href", "is required: the target URI");
        }
        URI target;
        try {
            target = new URI(href.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("href", "must be a URI: " + e.getMessage());
        }
        return new NewLink(link, parsedType, target, title, hreflang == null ? List.of() : hreflang,
                context == null ? List.of() : context, Optional.ofNullable(type).map(String::strip)
                .filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)), Boolean.TRUE.equals(isDefault));
    }

    private static List<String> checked(String field, List<String> values, Pattern rule, String ruleText) {
        if (values.size() > MAX_VALUES) {
            throw new InvalidInputException(field, "must hold at most " + MAX_VALUES + " values");
        }
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            if (v == null || !rule.matcher(v.strip()).matches()) {
                throw new InvalidInputException(field, "each value must be " + ruleText + ", got '" + v + "'");
            }
            if (!out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return List.copyOf(out);
    }
}
