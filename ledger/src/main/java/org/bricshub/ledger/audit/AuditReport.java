package org.bricshub.ledger.audit;

/**
 * What an audit checked, all of it found consistent.
 *
 * @param entries     stored entries recomputed into the tree
 * @param tiles       stored hash tiles compared with the recomputed tree
 * @param checkpoints stored checkpoints whose signature and root were checked
 * @param records     records of {@link StoredRecords} sources whose entries were recomputed
 */
public record AuditReport(long entries, long tiles, int checkpoints, long records) {
}
