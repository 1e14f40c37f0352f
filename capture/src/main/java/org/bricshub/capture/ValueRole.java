package org.bricshub.capture;

/**
 * The role in which an event names an identifier or reference (EPCIS 2.0 §7.4), stored as a small code in
 * {@code capture_event_values.role}. Codes are persistent: never renumber.
 */
enum ValueRole {
    EPC(1), PARENT_ID(2), CHILD_EPC(3), INPUT_EPC(4), OUTPUT_EPC(5), EPC_CLASS(6), CHILD_EPC_CLASS(7),
    INPUT_EPC_CLASS(8), OUTPUT_EPC_CLASS(9), BIZ_TRANSACTION(10), SOURCE(11), DESTINATION(12);

    final short code;

    ValueRole(int code) {
        this.code = (short) code;
    }

    /** Whether the value is an object identifier or class, whose company prefix decides who may capture it. */
    boolean namesObjects() {
        return code <= 9;
    }
}
