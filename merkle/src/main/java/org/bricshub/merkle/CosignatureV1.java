package org.bricshub.merkle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * C2SP tlog-cosignature, Ed25519 cosignature/v1 (signature type 0x04): the signature bytes are
 * {@code u64 timestamp || Ed25519 signature}, and the Ed25519 signature covers
 * {@code "cosignature/v1\ntime <timestamp>\n" || checkpoint note text}. Signers and verifiers come from
 * {@link NoteKeys#cosigner} and {@link NoteKeys#verifier}.
 */
public final class CosignatureV1 {

    /** Length of a cosignature/v1 signature: 8-byte timestamp and 64-byte Ed25519 signature. */
    public static final int SIGNATURE_SIZE = 8 + 64;

    private CosignatureV1() {
    }

    /**
     * The POSIX time (seconds) a cosignature/v1 signature states. Read it only from a verified signature.
     *
     * @throws LogFormatException if the signature is not 72 bytes or the time exceeds 2^63 - 1
     */
    public static long timestamp(NoteSignature signature) {
        byte[] bytes = signature.signature();
        if (bytes.length != SIGNATURE_SIZE) {
            throw new LogFormatException("cosignature", "cosignature/v1 has " + SIGNATURE_SIZE + " bytes, got "
                    + bytes.length);
        }
        long time = ByteBuffer.wrap(bytes, 0, 8).getLong();
        if (time < 0) {
            throw new LogFormatException("cosignature", "timestamp exceeds 2^63 - 1");
        }
        return time;
    }

    /** The message an Ed25519 cosignature/v1 signs. */
    static byte[] signedMessage(long time, byte[] checkpointText) {
        byte[] header = ("cosignature/v1\ntime " + time + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = Arrays.copyOf(header, header.length + checkpointText.length);
        System.arraycopy(checkpointText, 0, message, header.length, checkpointText.length);
        return message;
    }

    record Signer(String name, int keyId, UnaryOperator<byte[]> signer, InstantSource clock) implements NoteSigner {
        @Override
        public byte[] sign(byte[] text) {
            long time = clock.instant().getEpochSecond();
            byte[] signature = signer.apply(signedMessage(time, text));
            return ByteBuffer.allocate(SIGNATURE_SIZE).putLong(time).put(signature).array();
        }
    }

    record Verifier(String name, int keyId, byte[] publicKey, Ed25519 ed25519) implements NoteVerifier {
        @Override
        public boolean verify(byte[] text, byte[] signature) {
            if (signature.length != SIGNATURE_SIZE) {
                return false;
            }
            long time = ByteBuffer.wrap(signature, 0, 8).getLong();
            return time >= 0 && ed25519.verify(publicKey, signedMessage(time, text),
                    Arrays.copyOfRange(signature, 8, SIGNATURE_SIZE));
        }
    }
}
