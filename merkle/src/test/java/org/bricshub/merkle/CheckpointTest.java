package org.bricshub.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

    // The example of C2SP tlog-checkpoint and tlog-cosignature.
    static final String SOFA = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
    static final String SOFA_NOTE = SOFA + "\n"
            + "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9"
            + "nTo+zyWE+xeMcTOAYQ8=\n"
            + "— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZ"
            + "qhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";

    @Test
    void parse_specExample() {
        SignedNote note = SignedNote.parse(SOFA_NOTE);
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163L);
        assertThat(checkpoint.rootHash().base64()).isEqualTo("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(checkpoint.text()).isEqualTo(SOFA);
        assertThat(note.signatures()).extracting(NoteSignature::name)
                .containsExactly("example.com/behind-the-sofa", "witness.example.com/w1");
        assertThat(CosignatureV1.timestamp(note.signatures().get(1))).isEqualTo(1679315147L);
    }

    @Test
    void text_withExtensionLines_roundTrips() {
        Checkpoint checkpoint = new Checkpoint("bricshub.org/log", 0, TreeHash.EMPTY_ROOT, List.of("ext one", "two"));
        assertThat(checkpoint.text()).isEqualTo("bricshub.org/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
                + "ext one\ntwo\n");
        assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {
        "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=",
        "example.com/log\n1\n",
        "\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n01\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n+1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n99999999999999999999\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
        "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",
        "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jx\n",
        "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n",
        "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\next\n\n",
    })
    void parse_malformed_rejected(String text) {
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(LogFormatException.class)
                .hasMessageStartingWith("malformed ");
    }
}
