package org.bricshub.ledger.witness;

import java.net.URI;
import java.util.Base64;
import org.bricshub.ledger.BouncyCastleEd25519;
import org.bricshub.merkle.LogFormatException;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.NoteVerifier;

/**
 * A witness a log asks for cosignatures: its cosignature/v1 verifier key and its submission prefix (C2SP
 * tlog-witness; requests go to {@code <url>/add-checkpoint}).
 *
 * @param verifierKey the witness's signed-note verifier key of type 0x04
 * @param url         the submission prefix, an absolute http(s) URL
 */
public record WitnessEndpoint(String verifierKey, URI url) {

    public WitnessEndpoint {
        NoteVerifier verifier = NoteKeys.verifier(verifierKey, BouncyCastleEd25519.INSTANCE);
        // NoteKeys checked the form name+id+base64(type || key); the type byte tells a cosigner key from a log key.
        if (Base64.getDecoder().decode(verifierKey.split("\\+", 3)[2])[0] != NoteKeys.TYPE_COSIGNATURE_V1) {
            throw new LogFormatException("witness", "the key of witness " + verifier.name()
                    + " must be a cosignature/v1 key (type 0x04)");
        }
        if (url == null || !url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new LogFormatException("witness", "the URL of witness " + verifier.name()
                    + " must be an absolute http(s) URL, got " + url);
        }
    }

    /**
     * Parses {@code <vkey>@<url>}, e.g. {@code witness.example+1a2b3c4d+BA...=@https://witness.example/}.
     *
     * @throws LogFormatException naming the broken rule
     */
    public static WitnessEndpoint parse(String entry) {
        int at = entry.indexOf('@');
        if (at <= 0) {
            throw new LogFormatException("witness", "must read <verifier key>@<URL>: " + entry);
        }
        try {
            return new WitnessEndpoint(entry.substring(0, at).strip(), URI.create(entry.substring(at + 1).strip()));
        } catch (IllegalArgumentException e) {
            throw new LogFormatException("witness", "not a URL: " + entry.substring(at + 1));
        }
    }

    /** The verifier of this witness's cosignatures. */
    public NoteVerifier verifier() {
        return NoteKeys.verifier(verifierKey, BouncyCastleEd25519.INSTANCE);
    }

    /** The witness's key name. */
    public String name() {
        return verifier().name();
    }

    /** Where {@code add-checkpoint} requests go. */
    URI addCheckpointUri() {
        String prefix = url.toString();
        return URI.create(prefix.endsWith("/") ? prefix + "add-checkpoint" : prefix + "/add-checkpoint");
    }
}
