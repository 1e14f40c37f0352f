package org.bricshub.anchor.ethereum;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.bricshub.ledger.anchor.AnchorException;
import org.bricshub.ledger.anchor.AnchorReceipt;
import org.bricshub.ledger.anchor.CheckpointAnchor;
import org.bricshub.merkle.Hash;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * Anchors checkpoint hashes on an Ethereum-compatible chain (JSON-RPC over HTTP, through web3j): each hash is the
 * 32-byte data of a zero-value legacy transaction from the anchoring account to itself (EIP-155 signed), so no
 * contract needs deploying and any block explorer shows it. The account pays gas: 21,000 + 16 per data byte.
 */
public final class EthereumAnchor implements CheckpointAnchor {

    // 21,000 intrinsic gas plus at most 16 per data byte for 32 bytes, with room to spare.
    private static final BigInteger GAS_LIMIT = BigInteger.valueOf(30_000);

    private final Web3j web3j;
    private final Credentials account;
    private final String chain;
    private final RawTransactionManager transactions;
    private final PollingTransactionReceiptProcessor receipts;

    private EthereumAnchor(Web3j web3j, Credentials account, long chainId, Duration timeout) {
        this.web3j = web3j;
        this.account = account;
        this.chain = "eip155:" + chainId;
        this.transactions = new RawTransactionManager(web3j, account, chainId);
        long pollMillis = 100;
        this.receipts = new PollingTransactionReceiptProcessor(web3j, pollMillis,
                (int) Math.max(1, timeout.toMillis() / pollMillis));
    }

    /**
     * Connects to the node at {@code rpcUrl} and asks it for its chain ID.
     *
     * @param privateKeyHex the anchoring account's secp256k1 private key, hex (keep it out of logs)
     * @param timeout       how long {@link #publish} waits for the transaction to be included
     * @throws AnchorException if the node does not answer
     */
    public static EthereumAnchor connect(URI rpcUrl, String privateKeyHex, Duration timeout) {
        Web3j web3j = Web3j.build(new HttpService(rpcUrl.toString()));
        try {
            long chainId = web3j.ethChainId().send().getChainId().longValueExact();
            return new EthereumAnchor(web3j, Credentials.create(privateKeyHex), chainId, timeout);
        } catch (IOException | RuntimeException e) {
            web3j.shutdown();
            throw new AnchorException("cannot reach the Ethereum node at " + rpcUrl + ": " + e.getMessage(), e);
        }
    }

    /** The anchoring account's address (0x-prefixed), which sends and receives the anchoring transactions. */
    public String address() {
        return account.getAddress();
    }

    @Override
    public String chain() {
        return chain;
    }

    @Override
    public synchronized AnchorReceipt publish(byte[] checkpointNote) {
        Hash hash = AnchorReceipt.checkpointHash(checkpointNote);
        try {
            BigInteger gasPrice = web3j.ethGasPrice().send().getGasPrice();
            EthSendTransaction sent = transactions.sendTransaction(gasPrice, GAS_LIMIT, account.getAddress(),
                    Numeric.toHexString(hash.bytes()), BigInteger.ZERO);
            if (sent.hasError()) {
                throw new AnchorException(chain + " refused the anchoring transaction: " + sent.getError().getMessage());
            }
            TransactionReceipt receipt = receipts.waitForTransactionReceipt(sent.getTransactionHash());
            if (!receipt.isStatusOK()) {
                throw new AnchorException(chain + " reverted anchoring transaction " + receipt.getTransactionHash());
            }
            return new AnchorReceipt(chain, receipt.getTransactionHash(), receipt.getBlockNumber().longValueExact(),
                    hash);
        } catch (IOException | TransactionException e) {
            throw new AnchorException("anchoring checkpoint hash " + hash + " on " + chain + " failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Hash> find(AnchorReceipt receipt) {
        try {
            Optional<Transaction> transaction = web3j.ethGetTransactionByHash(receipt.transactionId()).send()
                    .getTransaction();
            return transaction.map(t -> {
                byte[] data = Numeric.hexStringToByteArray(t.getInput());
                if (data.length != Hash.SIZE) {
                    throw new AnchorException("transaction " + receipt.transactionId() + " on " + chain
                            + " carries " + data.length + " bytes, not a checkpoint hash");
                }
                return new Hash(data);
            });
        } catch (IOException e) {
            throw new AnchorException("cannot look up " + receipt.transactionId() + " on " + chain + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
