package org.bricshub.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bricshub.ledger.BouncyCastleEd25519;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.LogFormatException;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.SignedNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddCheckpointRequestTest {
    private static final SignedNote NOTE = SignedNote.sign(
            new Checkpoint("example.com/behind-the-sofa", 20852163,
                    Hash.fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=")).text(),
            List.of(NoteKeys.signer(NoteKeys.generateSignerKey("example.com/behind-the-sofa"),
                    BouncyCastleEd25519.INSTANCE)));

    @Test
    void parse_specExampleShape_roundTrips() {
        String body = "old 20852014\n"
                + "PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=\n"
                + "jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=\n"
                + "\n" + NOTE.format();

        AddCheckpointRequest request = AddCheckpointRequest.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(request.oldSize()).isEqualTo(20852014);
        assertThat(request.proof()).hasSize(2);
        assertThat(request.checkpoint()).isEqualTo(NOTE);
        assertThat(new String(request.encode(), StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"old 1\n", "old -1\n\n", "old 01\n\n", "new 1\n\n", "old 1\nnot-base64\n\n",
            "old 1 \n\n"})
    void parse_malformed_isRefused(String prefix) {
        byte[] request = (prefix + NOTE.format()).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AddCheckpointRequest.parse(request)).isInstanceOf(LogFormatException.class);
    }

    @Test
    void parse_moreThan63ProofLines_isRefused() {
        String body = "old 1\n" + (Hash.fromHex("00".repeat(32)).base64() + "\n").repeat(64) + "\n" + NOTE.format();
        assertThatThrownBy(() -> AddCheckpointRequest.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(LogFormatException.class).hasMessageContaining("63");
    }

    @Test
    void witnessEndpoint_parse_needsCosignerKeyAndHttpUrl() {
        String cosigner = NoteKeys.cosignerVerifierKeyOf(NoteKeys.generateSignerKey("w.example"),
                BouncyCastleEd25519.INSTANCE);
        String logKey = NoteKeys.verifierKeyOf(NoteKeys.generateSignerKey("w.example"), BouncyCastleEd25519.INSTANCE);

        assertThat(WitnessEndpoint.parse(cosigner + "@http://127.0.0.1:9/w").addCheckpointUri())
                .hasToString("http://127.0.0.1:9/w/add-checkpoint");
        assertThatThrownBy(() -> WitnessEndpoint.parse(logKey + "@http://x/")).isInstanceOf(LogFormatException.class)
                .hasMessageContaining("type 0x04");
        assertThatThrownBy(() -> WitnessEndpoint.parse(cosigner + "@ftp://x/")).isInstanceOf(LogFormatException.class);
        assertThatThrownBy(() -> WitnessEndpoint.parse("no-at-sign")).isInstanceOf(LogFormatException.class);
    }
}
