package org.bricshub.anchor.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bricshub.ledger.BouncyCastleEd25519;
import org.bricshub.ledger.anchor.AnchorException;
import org.bricshub.ledger.anchor.AnchorReceipt;
import org.bricshub.merkle.Checkpoint;
import org.bricshub.merkle.Hash;
import org.bricshub.merkle.NoteKeys;
import org.bricshub.merkle.SignedNote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anchors checkpoint hashes on a local Ethereum development node, ganache 7.9.2 from the npm registry, started here
 * with its deterministic wallet. Skipped, saying so, where Node.js (npx) is not installed.
 */
class EthereumAnchorIT {
    // Account 0 of ganache's deterministic wallet: a well-known test key that holds only test ether.
    private static final String DEV_KEY = "0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d";

    @TempDir
    static Path npmCache;
    private static Process ganache;
    private static URI rpc;

    @BeforeAll
    static void startGanache() throws Exception {
        Assumptions.assumeTrue(npxAvailable(), "Node.js (npx) is not installed: the Ethereum anchoring test needs "
                + "ganache@7.9.2 from npm and is skipped");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ganache = new ProcessBuilder("npx", "--yes", "ganache@7.9.2", "--port", Integer.toString(port),
                "--host", "127.0.0.1", "--wallet.deterministic", "--logging.quiet")
                .redirectErrorStream(true).redirectOutput(npmCache.resolve("ganache.log").toFile()).start();
        rpc = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            try (EthereumAnchor probe = EthereumAnchor.connect(rpc, DEV_KEY, Duration.ofSeconds(5))) {
                return;
            } catch (AnchorException e) {
                assertThat(ganache.isAlive()).as("ganache is running (see its log)").isTrue();
                assertThat(System.nanoTime()).as("ganache answers within 180 s").isLessThan(deadline);
                Thread.sleep(250);
            }
        }
    }

    @AfterAll
    static void stopGanache() throws InterruptedException {
        if (ganache != null) {
            ganache.descendants().forEach(ProcessHandle::destroy);
            ganache.destroy();
            ganache.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void publish_checkpoint_isFoundOnTheChainWithItsHash() {
        try (EthereumAnchor anchor = EthereumAnchor.connect(rpc, DEV_KEY, Duration.ofSeconds(30))) {
            byte[] first = checkpoint(10);
            byte[] second = checkpoint(11);

            AnchorReceipt receipt = anchor.publish(first);
            AnchorReceipt next = anchor.publish(second);

            assertThat(anchor.chain()).isEqualTo("eip155:1337");
            assertThat(anchor.address()).isEqualToIgnoringCase("0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1");
            assertThat(receipt.checkpointHash()).isEqualTo(AnchorReceipt.checkpointHash(first));
            assertThat(anchor.find(receipt)).contains(AnchorReceipt.checkpointHash(first));
            assertThat(anchor.find(next)).contains(AnchorReceipt.checkpointHash(second))
                    .isNotEqualTo(anchor.find(receipt));
            assertThat(next.blockNumber()).isGreaterThan(receipt.blockNumber());
            assertThat(anchor.find(new AnchorReceipt(anchor.chain(), "0x" + "ab".repeat(32), 1,
                    receipt.checkpointHash()))).isEmpty();
        }
    }

    @Test
    void connect_nothingListening_failsNamingTheNode() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> EthereumAnchor.connect(URI.create("http://127.0.0.1:" + port), DEV_KEY,
                Duration.ofSeconds(1))).isInstanceOf(AnchorException.class).hasMessageContaining("127.0.0.1:" + port);
    }

    private static byte[] checkpoint(long size) {
        String key = NoteKeys.generateSignerKey("anchor.example/log");
        Hash root = Hash.fromHex(String.format("%064x", size));
        return SignedNote.sign(new Checkpoint("anchor.example/log", size, root).text(),
                List.of(NoteKeys.signer(key, BouncyCastleEd25519.INSTANCE))).format().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean npxAvailable() {
        try {
            Process probe = new ProcessBuilder("npx", "--version").redirectErrorStream(true).start();
            return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
