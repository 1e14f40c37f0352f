package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bricshub.merkle.SignedNoteTest.PETER_SKEY;
import static org.bricshub.merkle.SignedNoteTest.PETER_VKEY;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteKeysTest {

    @Test
    void verifier_goVectorKey_hasNameAndKeyId() {
        NoteVerifier verifier = NoteKeys.verifier(PETER_VKEY, Ed25519.jdk());
        assertThat(verifier.name()).isEqualTo("PeterNeumann");
        assertThat(verifier.keyId()).isEqualTo(0xc74f20a3);
    }

    @Test
    void verifierKeyOf_goVectorSignerKey_isGoVectorVerifierKey() {
        assertThat(NoteKeys.verifierKeyOf(PETER_SKEY, Ed25519.jdk())).isEqualTo(PETER_VKEY);
        NoteSigner signer = NoteKeys.signer(PETER_SKEY, Ed25519.jdk());
        assertThat(signer.name()).isEqualTo("PeterNeumann");
        assertThat(signer.keyId()).isEqualTo(0xc74f20a3);
    }

    @Test
    void verifier_everyManglingOfGoVectorKey_rejected() {
        for (String mangled : manglings(PETER_VKEY)) {
            assertThatThrownBy(() -> NoteKeys.verifier(mangled, Ed25519.jdk())).as(mangled)
                    .isInstanceOf(LogFormatException.class);
        }
    }

    @Test
    void signer_everyManglingOfGoVectorKey_rejected() {
        for (String mangled : manglings(PETER_SKEY)) {
            assertThatThrownBy(() -> NoteKeys.signer(mangled, Ed25519.jdk())).as(mangled)
                    .isInstanceOf(LogFormatException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // Wrong key length and unknown algorithm, each with a key ID adjusted to match (from the Go tests).
        "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==",
        "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    })
    void verifier_wrongLengthOrAlgorithmOrUppercaseId_rejected(String key) {
        assertThatThrownBy(() -> NoteKeys.verifier(key, Ed25519.jdk())).isInstanceOf(LogFormatException.class);
    }

    @Test
    void generateSignerKey_roundTripsThroughSignAndVerify() {
        String skey = NoteKeys.generateSignerKey("EnochRoot");
        NoteSigner signer = NoteKeys.signer(skey, Ed25519.jdk());
        NoteVerifier verifier = NoteKeys.verifier(NoteKeys.verifierKeyOf(skey, Ed25519.jdk()), Ed25519.jdk());
        assertThat(verifier.keyId()).isEqualTo(signer.keyId());
        byte[] message = "hi".getBytes(StandardCharsets.UTF_8);
        byte[] signature = signer.sign(message);
        assertThat(verifier.verify(message, signature)).isTrue();
        signature[0]++;
        assertThat(verifier.verify(message, signature)).isFalse();
        signature[0]--;
        message[0]++;
        assertThat(verifier.verify(message, signature)).isFalse();
    }

    @Test
    void keyId_isFirstFourBytesOfSha256OfNameNewlineTypeKey() {
        byte[] publicKey = java.util.Base64.getDecoder().decode("ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        byte[] raw = java.util.Arrays.copyOfRange(publicKey, 1, 33);
        assertThat(NoteKeys.keyId("PeterNeumann", NoteKeys.TYPE_ED25519, raw)).isEqualTo(0xc74f20a3);
        assertThat(NoteKeys.verifierKey("PeterNeumann", NoteKeys.TYPE_ED25519, raw)).isEqualTo(PETER_VKEY);
    }

    @Test
    void generateSignerKey_badName_rejected() {
        assertThatThrownBy(() -> NoteKeys.generateSignerKey("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteKeys.generateSignerKey("a+b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteKeys.generateSignerKey("")).isInstanceOf(IllegalArgumentException.class);
    }

    // Every proper substring and every single-character increment, as the Go tests mangle keys.
    private static List<String> manglings(String key) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i <= key.length(); i++) {
            for (int j = i + 1; j <= key.length(); j++) {
                if (i != 0 || j != key.length()) {
                    result.add(key.substring(i, j));
                }
            }
        }
        for (int i = 0; i < key.length(); i++) {
            char[] chars = key.toCharArray();
            chars[i]++;
            result.add(new String(chars));
        }
        return result;
    }
}
