package org.bricshub.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.LogFormatException;
import org.bricshub.merkle.SignedNote;

/**
 * The body of a C2SP tlog-witness {@code add-checkpoint} request: an old size line {@code old <size>}, up to 63
 * consistency proof lines (base64 hashes), an empty line, then the signed checkpoint note.
 *
 * @param oldSize    the size of the checkpoint the client believes the witness holds (0 if none)
 * @param proof      the RFC 6962 §2.1.2 consistency proof from {@code oldSize} to the checkpoint's size
 * @param checkpoint the checkpoint, signed by the log (maybe by others too)
 */
public record AddCheckpointRequest(long oldSize, List<Hash> proof, SignedNote checkpoint) {

    /** Most consistency proof lines a request may carry (tlog-witness: "MUST NOT send more than 63"). */
    public static final int MAX_PROOF_LINES = 63;

    private static final String FORMAT = "add-checkpoint request";

    public AddCheckpointRequest {
        if (oldSize < 0) {
            throw new IllegalArgumentException("old size must be >= 0, got " + oldSize);
        }
        proof = List.copyOf(proof);
        if (proof.size() > MAX_PROOF_LINES) {
            throw new IllegalArgumentException("at most " + MAX_PROOF_LINES + " proof lines, got " + proof.size());
        }
    }

    /** The request body as sent on the wire. */
    public byte[] encode() {
        StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
        proof.forEach(hash -> body.append(hash.base64()).append('\n'));
        return body.append('\n').append(checkpoint.format()).toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses a request body.
     *
     * @throws LogFormatException naming the broken rule (HTTP 400)
     */
    public static AddCheckpointRequest parse(byte[] body) {
        int blank = 0;
        while (blank + 1 < body.length && !(body[blank] == '\n' && body[blank + 1] == '\n')) {
            blank++;
        }
        if (blank + 1 >= body.length) {
            throw new LogFormatException(FORMAT, "no empty line between the proof and the checkpoint");
        }
        String[] lines = new String(body, 0, blank, StandardCharsets.US_ASCII).split("\n", -1);
        if (lines.length - 1 > MAX_PROOF_LINES) {
            throw new LogFormatException(FORMAT, "more than " + MAX_PROOF_LINES + " consistency proof lines");
        }
        long oldSize = parseOldSize(lines[0]);
        List<Hash> proof = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            proof.add(Hash.fromBase64(lines[i]));
        }
        return new AddCheckpointRequest(oldSize, proof,
                SignedNote.parse(Arrays.copyOfRange(body, blank + 2, body.length)));
    }

    private static long parseOldSize(String line) {
        String digits = line.startsWith("old ") ? line.substring(4) : "";
        boolean decimal = !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && (digits.length() == 1 || digits.charAt(0) != '0');
        if (!decimal) {
            throw new LogFormatException(FORMAT, "first line must read 'old <size>' without leading zeroes: " + line);
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new LogFormatException(FORMAT, "old size too large: " + digits);
        }
    }
}
