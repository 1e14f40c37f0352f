package org.bricshub.merkle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, and one or more signature lines. Parsing checks the
 * format only; {@link #verify} checks signatures against trusted keys.
 *
 * @param text       the note text, ending in a newline, with no control characters other than newline
 * @param signatures the signature lines, in order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    /** More signatures than this make a note malformed (the spec asks to accept at least 16). */
    public static final int MAX_SIGNATURES = 100;

    private static final String FORMAT = "signed note";
    private static final String DASH = "\u2014 ";

    public SignedNote {
        checkText(text);
        signatures = List.copyOf(signatures);
        if (signatures.size() > MAX_SIGNATURES) {
            throw new LogFormatException(FORMAT, "more than " + MAX_SIGNATURES + " signatures");
        }
    }

    /** Signs {@code text} with each signer. */
    public static SignedNote sign(String text, List<? extends NoteSigner> signers) {
        return new SignedNote(text, List.of()).withSignatures(signers);
    }

    /**
     * This note with signatures by {@code signers} added (e.g. a log's note gaining witness cosignatures); an
     * existing signature by the same key name and ID is replaced.
     */
    public SignedNote withSignatures(List<? extends NoteSigner> signers) {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> result = new ArrayList<>(signatures);
        for (NoteSigner signer : signers) {
            result.removeIf(s -> s.name().equals(signer.name()) && s.keyId() == signer.keyId());
            result.add(new NoteSignature(signer.name(), signer.keyId(), signer.sign(message)));
        }
        return new SignedNote(text, result);
    }

    /**
     * The signatures of this note made by {@code trusted} keys, all checked. Signatures from keys not in
     * {@code trusted} (by name and ID) are ignored, as the spec requires.
     *
     * @throws LogVerificationException if a signature by a trusted key fails, or no trusted key signed the note
     * @throws IllegalArgumentException if two trusted keys share a name and key ID
     */
    public List<NoteSignature> verify(List<? extends NoteVerifier> trusted) {
        Set<String> seen = new HashSet<>();
        for (NoteVerifier verifier : trusted) {
            if (!seen.add(verifier.name() + "+" + Integer.toHexString(verifier.keyId()))) {
                throw new IllegalArgumentException("ambiguous key " + verifier.name() + "+"
                        + String.format("%08x", verifier.keyId()));
            }
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        Set<NoteSignature> verified = new LinkedHashSet<>();
        for (NoteSignature signature : signatures) {
            for (NoteVerifier verifier : trusted) {
                if (signature.claims(verifier)) {
                    if (!verifier.verify(message, signature.signature())) {
                        throw new LogVerificationException("invalid signature for key " + verifier.name() + "+"
                                + String.format("%08x", verifier.keyId()));
                    }
                    verified.add(signature);
                }
            }
        }
        if (verified.isEmpty()) {
            throw new LogVerificationException("note has no verifiable signatures from the " + trusted.size()
                    + " trusted keys");
        }
        return List.copyOf(verified);
    }

    /** The serialized note: text, blank line, signature lines. */
    public String format() {
        StringBuilder note = new StringBuilder(text).append('\n');
        signatures.forEach(s -> note.append(s.line()));
        return note.toString();
    }

    /**
     * Parses a serialized note given as bytes, which must be valid UTF-8.
     *
     * @throws LogFormatException naming the broken rule
     */
    public static SignedNote parse(byte[] note) {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(note)).toString());
        } catch (CharacterCodingException e) {
            throw new LogFormatException(FORMAT, "not valid UTF-8");
        }
    }

    /**
     * Parses a serialized note: the text is everything up to the last blank line.
     *
     * @throws LogFormatException naming the broken rule
     */
    public static SignedNote parse(String note) {
        checkCharacters(note);
        int blank = note.lastIndexOf("\n\n");
        if (blank < 0) {
            throw new LogFormatException(FORMAT, "no blank line between text and signatures");
        }
        String lines = note.substring(blank + 2);
        if (lines.isEmpty() || !lines.endsWith("\n")) {
            throw new LogFormatException(FORMAT, "signature lines must be present and end in a newline");
        }
        String[] signatureLines = lines.substring(0, lines.length() - 1).split("\n", -1);
        if (signatureLines.length > MAX_SIGNATURES) {
            throw new LogFormatException(FORMAT, "more than " + MAX_SIGNATURES + " signatures");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : signatureLines) {
            signatures.add(parseSignatureLine(line));
        }
        return new SignedNote(note.substring(0, blank + 1), signatures);
    }

    private static NoteSignature parseSignatureLine(String line) {
        if (!line.startsWith(DASH)) {
            throw new LogFormatException(FORMAT, "signature line must start with an em dash and a space: " + line);
        }
        String rest = line.substring(DASH.length());
        int space = rest.indexOf(' ');
        if (space <= 0) {
            throw new LogFormatException(FORMAT, "signature line must read '— <name> <base64>': " + line);
        }
        String name = rest.substring(0, space);
        String base64 = rest.substring(space + 1);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(FORMAT, "signature is not base64: " + line);
        }
        if (bytes.length < 5 || !Base64.getEncoder().encodeToString(bytes).equals(base64)) {
            throw new LogFormatException(FORMAT, "signature must be padded base64 of a key ID and a signature: "
                    + line);
        }
        try {
            NoteKeys.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(FORMAT, e.getMessage());
        }
        int keyId = ByteBuffer.wrap(bytes, 0, 4).getInt();
        return new NoteSignature(name, keyId, Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    private static void checkText(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new LogFormatException(FORMAT, "text must be non-empty and end in a newline");
        }
        checkCharacters(text);
    }

    private static void checkCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new LogFormatException(FORMAT, "control character U+" + String.format("%04X", (int) c)
                        + " at " + i);
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(++i)))) {
                throw new LogFormatException(FORMAT, "not valid UTF-8 (lone surrogate) at " + i);
            }
        }
    }
}
