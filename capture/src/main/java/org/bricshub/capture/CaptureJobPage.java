package org.bricshub.capture;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bricshub.epcis.query.QueryParameterException;

/**
 * One page of an organisation's capture jobs, newest first ({@code GET /epcis/capture}).
 *
 * @param nextPageToken the token of the next page (a keyset: the last job's ID), or {@code null} on the last page
 */
public record CaptureJobPage(List<CaptureJob> jobs, String nextPageToken) {
    public CaptureJobPage {
        jobs = List.copyOf(jobs);
    }

    static String token(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("j" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The job ID a token continues below; null for no token. */
    static Long below(String token) {
        if (token == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith("j")) {
                return Long.parseLong(text.substring(1));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new QueryParameterException(List.of(new QueryParameterException.Problem("nextPageToken",
                "not a token this server issued")));
    }
}
