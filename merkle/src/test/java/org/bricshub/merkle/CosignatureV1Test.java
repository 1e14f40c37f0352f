package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CosignatureV1Test {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(1679315147));
    private static final String CHECKPOINT = "example.com/log\n123\nf+7CoKgXKE/tNys9TTXcr/ad6U/K3xvznmzew9y6SP0=\n";

    @Test
    void verifier_nativeCosignatureKeyOfPublicWitness_parsesWithType4KeyId() {
        // A witness key of the public witness network, as in transparency-dev/formats' tests.
        NoteVerifier verifier = NoteKeys.verifier(
                "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2", Ed25519.jdk());
        assertThat(verifier.name()).isEqualTo("remora.n621.de");
        assertThat(verifier.keyId()).isEqualTo(0xda77ade7);
    }

    @Test
    void timestamp_transparencyDevVector() {
        byte[] bytes = Base64.getDecoder().decode(
                "ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==");
        NoteSignature signature = new NoteSignature("w", 0x646846b9, java.util.Arrays.copyOfRange(bytes, 4, bytes.length));
        assertThat(CosignatureV1.timestamp(signature)).isEqualTo(1727964367L);
    }

    @Test
    void timestamp_plainEd25519Signature_rejected() {
        NoteSignature plain = new NoteSignature("w", 1, new byte[64]);
        assertThatThrownBy(() -> CosignatureV1.timestamp(plain)).isInstanceOf(LogFormatException.class);
    }

    @Test
    void cosigner_signsHeaderTimeAndCheckpointWithType4KeyId() {
        String skey = NoteKeys.generateSignerKey("witness.example.com/w1");
        NoteSigner cosigner = NoteKeys.cosigner(skey, Ed25519.jdk(), CLOCK);
        NoteVerifier plain = NoteKeys.verifier(NoteKeys.verifierKeyOf(skey, Ed25519.jdk()), Ed25519.jdk());
        byte[] publicKey = Base64.getDecoder().decode(NoteKeys.verifierKeyOf(skey, Ed25519.jdk()).split("\\+", 3)[2]);
        byte[] rawKey = java.util.Arrays.copyOfRange(publicKey, 1, 33);
        assertThat(cosigner.keyId()).isEqualTo(NoteKeys.keyId(cosigner.name(), NoteKeys.TYPE_COSIGNATURE_V1, rawKey))
                .isNotEqualTo(plain.keyId());

        SignedNote note = SignedNote.sign(CHECKPOINT, List.of(cosigner));
        NoteSignature signature = note.signatures().get(0);
        assertThat(CosignatureV1.timestamp(signature)).isEqualTo(1679315147L);
        byte[] ed25519Signature = java.util.Arrays.copyOfRange(signature.signature(), 8, 72);
        byte[] message = ("cosignature/v1\ntime 1679315147\n" + CHECKPOINT).getBytes(StandardCharsets.UTF_8);
        assertThat(Ed25519.jdk().verify(rawKey, message, ed25519Signature)).isTrue();

        NoteVerifier coverifier = NoteKeys.verifier(
                NoteKeys.verifierKey(cosigner.name(), NoteKeys.TYPE_COSIGNATURE_V1, rawKey), Ed25519.jdk());
        assertThat(SignedNote.parse(note.format()).verify(List.of(coverifier))).hasSize(1);
        assertThatThrownBy(() -> note.verify(List.of(plain))).isInstanceOf(LogVerificationException.class);
    }

    @Test
    void verify_alteredTimestampOrExtensionLine_rejected() {
        String skey = NoteKeys.generateSignerKey("w1");
        NoteSigner cosigner = NoteKeys.cosigner(skey, Ed25519.jdk(), CLOCK);
        byte[] rawKey = Ed25519.jdk().publicKey(seedOf(skey));
        NoteVerifier verifier = NoteKeys.verifier(
                NoteKeys.verifierKey("w1", NoteKeys.TYPE_COSIGNATURE_V1, rawKey), Ed25519.jdk());
        String text = CHECKPOINT + "Extendo\n";
        SignedNote note = SignedNote.sign(text, List.of(cosigner));
        assertThat(note.verify(List.of(verifier))).hasSize(1);

        SignedNote alteredText = new SignedNote(text.replace("Extendo", "Extend@"), note.signatures());
        assertThatThrownBy(() -> alteredText.verify(List.of(verifier))).isInstanceOf(LogVerificationException.class);

        byte[] bytes = note.signatures().get(0).signature();
        bytes[7]++;
        SignedNote alteredTime = new SignedNote(text, List.of(new NoteSignature("w1", verifier.keyId(), bytes)));
        assertThatThrownBy(() -> alteredTime.verify(List.of(verifier))).isInstanceOf(LogVerificationException.class);
    }

    private static byte[] seedOf(String signerKey) {
        byte[] typed = Base64.getDecoder().decode(signerKey.split("\\+", 5)[4]);
        return java.util.Arrays.copyOfRange(typed, 1, 33);
    }
}
