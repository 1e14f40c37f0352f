package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vectors from the Go sumdb note package (golang.org/x/mod/sumdb/note, note_test.go). */
class SignedNoteTest {

    static final String PETER_SKEY =
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_SIG = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqf"
            + "qdngotpRZb6KE6RyyBwJnAM=\n";
    static final String ENOCH_SIG = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01o"
            + "OTGwnWLox33WWd1RvMc+QQ=\n";

    private static final NoteVerifier PETER = NoteKeys.verifier(PETER_VKEY, Ed25519.jdk());
    private static final NoteVerifier ENOCH = NoteKeys.verifier(ENOCH_VKEY, Ed25519.jdk());

    @Test
    void sign_goVector_producesExactNote() {
        NoteSigner signer = NoteKeys.signer(PETER_SKEY, Ed25519.jdk());
        SignedNote note = SignedNote.sign(TEXT, List.of(signer));
        assertThat(note.format()).isEqualTo(TEXT + "\n" + PETER_SIG);
    }

    @Test
    void withSignatures_sameKey_replacesExistingSignature() {
        NoteSigner signer = NoteKeys.signer(PETER_SKEY, Ed25519.jdk());
        SignedNote stale = new SignedNote(TEXT, List.of(new NoteSignature("PeterNeumann", 0xc74f20a3, new byte[] {1})));
        assertThat(stale.withSignatures(List.of(signer)).format()).isEqualTo(TEXT + "\n" + PETER_SIG);
    }

    @Test
    void verify_oneTrustedKey_ignoresUnknownSignature() {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG + ENOCH_SIG);
        assertThat(note.text()).isEqualTo(TEXT);
        assertThat(note.signatures()).hasSize(2);
        List<NoteSignature> verified = note.verify(List.of(PETER));
        assertThat(verified).extracting(NoteSignature::name).containsExactly("PeterNeumann");
        assertThat(verified.get(0).keyId()).isEqualTo(0xc74f20a3);
    }

    @Test
    void verify_bothTrusted_bothVerified() {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG + ENOCH_SIG);
        assertThat(note.verify(List.of(PETER, ENOCH))).extracting(NoteSignature::name)
                .containsExactly("PeterNeumann", "EnochRoot");
    }

    @Test
    void verify_noTrustedKey_rejected() {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG + ENOCH_SIG);
        assertThatThrownBy(() -> note.verify(List.of())).isInstanceOf(LogVerificationException.class)
                .hasMessageContaining("no verifiable signatures");
    }

    @Test
    void verify_duplicateTrustedKeys_ambiguous() {
        SignedNote note = SignedNote.parse(TEXT + "\n" + ENOCH_SIG);
        assertThatThrownBy(() -> note.verify(List.of(ENOCH, PETER, ENOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ambiguous key EnochRoot+af0cfe78");
    }

    @Test
    void verify_corruptSignatureOfTrustedKey_rejectsWholeNote() {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60));
        assertThatThrownBy(() -> note.verify(List.of(PETER))).isInstanceOf(LogVerificationException.class)
                .hasMessageContaining("invalid signature for key PeterNeumann+c74f20a3");
    }

    @Test
    void verify_duplicatedAndUnknownSignatures_verifiedOnce() {
        String corruptEnoch = ENOCH_SIG.substring(0, 60) + "ABCD" + ENOCH_SIG.substring(60);
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG + corruptEnoch);
        assertThat(note.verify(List.of(PETER))).hasSize(1);
    }

    @Test
    void verify_signatureUnderOtherNameOrId_isUnknown() {
        SignedNote misnamed = SignedNote.parse(TEXT + "\n" + PETER_SIG.replace("PeterNeumann", "CarmenSandiego"));
        assertThatThrownBy(() -> misnamed.verify(List.of(PETER))).hasMessageContaining("no verifiable signatures");
        SignedNote wrongId = SignedNote.parse(TEXT + "\n" + PETER_SIG.replace("x08g", "xxxx"));
        assertThatThrownBy(() -> wrongId.verify(List.of(PETER))).hasMessageContaining("no verifiable signatures");
    }

    @Test
    void verify_alteredText_rejected() {
        SignedNote note = SignedNote.parse(TEXT.replace("answer", "Answer") + "\n" + PETER_SIG);
        assertThatThrownBy(() -> note.verify(List.of(PETER))).isInstanceOf(LogVerificationException.class);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {
        TEXT,
        TEXT + "\n",
        TEXT + "\n" + "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
        "\u0001" + TEXT + "\n" + PETER_SIG,
        TEXT + "\n" + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
        TEXT + "\n" + "— a+b x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        TEXT + "\n" + "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n",
        TEXT + "\n" + "— PeterNeumann AAAA\n",
        TEXT + "\n" + "- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "\n" + PETER_SIG,
    })
    void parse_malformed_rejected(String note) {
        assertThatThrownBy(() -> SignedNote.parse(note)).isInstanceOf(LogFormatException.class)
                .hasMessageStartingWith("malformed signed note");
    }

    @Test
    void parse_invalidUtf8Bytes_rejected() {
        byte[] bytes = ("x" + TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8);
        bytes[0] = (byte) 0xff;
        assertThatThrownBy(() -> SignedNote.parse(bytes)).isInstanceOf(LogFormatException.class)
                .hasMessageContaining("UTF-8");
        assertThat(SignedNote.parse((TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(TEXT);
    }

    @Test
    void parse_tooManySignatures_rejected() {
        assertThatThrownBy(() -> SignedNote.parse(TEXT + "\n" + PETER_SIG.repeat(101)))
                .isInstanceOf(LogFormatException.class);
        assertThat(SignedNote.parse(TEXT + "\n" + PETER_SIG.repeat(16)).signatures()).hasSize(16);
    }

    @Test
    void parse_textWithBlankLines_splitsAtLastBlankLine() {
        String text = "a\n\nb\n";
        SignedNote note = SignedNote.sign(text, List.of(NoteKeys.signer(PETER_SKEY, Ed25519.jdk())));
        SignedNote parsed = SignedNote.parse(note.format());
        assertThat(parsed.text()).isEqualTo(text);
        assertThat(parsed.verify(List.of(PETER))).hasSize(1);
    }
}
