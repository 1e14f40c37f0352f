package org.bricshub.ledger.audit;

/**
 * Records kept outside the log whose log entries the audit checks (e.g. EPCIS events, implemented by the event
 * repository): for each record, the leaf index its entry was appended at and the entry recomputed from the record as
 * it is stored now. A record altered after it was logged recomputes to another entry, and the audit names it.
 */
public interface StoredRecords {

    /** What the records are, for messages, e.g. {@code "EPCIS events"}. */
    String name();

    /**
     * Calls {@code sink} once per record, in any order.
     *
     * @param sink receives the leaf index and the entry recomputed from the record now
     */
    void forEach(Sink sink);

    /** Receives one record's leaf index and recomputed entry. */
    @FunctionalInterface
    interface Sink {
        void accept(long leafIndex, byte[] recomputedEntry);
    }
}
