package org.bricshub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bricshub.merkle.Ed25519;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.SignedNote;
import org.junit.jupiter.api.Test;

/** BouncyCastle's Ed25519 gives the JDK's (and Go's) results on the Go sumdb note vectors. */
class BouncyCastleEd25519Test {

    private static final String SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String SIGNATURE_LINE = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1"
            + "FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void signerAndVerifier_goVectors_matchJdkAndGo() {
        Ed25519 bouncyCastle = BouncyCastleEd25519.INSTANCE;
        assertThat(NoteKeys.verifierKeyOf(SKEY, bouncyCastle)).isEqualTo(VKEY);
        SignedNote note = SignedNote.sign(TEXT, List.of(NoteKeys.signer(SKEY, bouncyCastle)));
        assertThat(note.format()).isEqualTo(TEXT + "\n" + SIGNATURE_LINE);
        assertThat(note.verify(List.of(NoteKeys.verifier(VKEY, bouncyCastle)))).hasSize(1);
    }

    @Test
    void verify_tamperedMessageOrSignatureOrKey_false() {
        Ed25519 bouncyCastle = BouncyCastleEd25519.INSTANCE;
        byte[] seed = Arrays.copyOfRange(Base64.getDecoder().decode(SKEY.split("\\+", 5)[4]), 1, 33);
        byte[] publicKey = bouncyCastle.publicKey(seed);
        byte[] message = "hi".getBytes(StandardCharsets.UTF_8);
        byte[] signature = bouncyCastle.signer(seed).apply(message);
        assertThat(Ed25519.jdk().verify(publicKey, message, signature)).isTrue();
        assertThat(bouncyCastle.verify(publicKey, message, signature)).isTrue();
        signature[5] ^= 1;
        assertThat(bouncyCastle.verify(publicKey, message, signature)).isFalse();
        signature[5] ^= 1;
        assertThat(bouncyCastle.verify(publicKey, "ho".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        publicKey[0] ^= 1;
        assertThat(bouncyCastle.verify(publicKey, message, signature)).isFalse();
        assertThat(bouncyCastle.verify(new byte[31], message, signature)).isFalse();
    }
}
