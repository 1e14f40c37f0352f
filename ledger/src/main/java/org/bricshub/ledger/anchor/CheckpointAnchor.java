package org.bricshub.ledger.anchor;

import java.util.Optional;
import org.bricshub.merkle.Hash;

/**
 * Publishes checkpoint hashes onto a blockchain and reads them back: an extra layer of evidence beside witness
 * cosignatures, for parties who already trust a chain. A driver per chain (Ethereum-compatible through web3j in
 * module {@code anchor-ethereum}; see docs/design/anchoring.md for BIF and FISCO BCOS). Drivers are thread-safe.
 */
public interface CheckpointAnchor extends AutoCloseable {

    /** The chain this driver writes to, e.g. {@code eip155:1337}. */
    String chain();

    /**
     * Publishes {@link AnchorReceipt#checkpointHash} of a signed checkpoint note and waits until the chain includes
     * it.
     *
     * @throws AnchorException if the chain refuses the transaction or does not include it in time
     */
    AnchorReceipt publish(byte[] checkpointNote);

    /**
     * The hash the chain holds for a receipt's transaction, if the chain knows the transaction (compare it with
     * {@link AnchorReceipt#checkpointHash} of the checkpoint in hand).
     *
     * @throws AnchorException if the chain cannot be asked
     */
    Optional<Hash> find(AnchorReceipt receipt);

    @Override
    void close();
}
