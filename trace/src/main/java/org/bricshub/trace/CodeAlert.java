package org.bricshub.trace;

/** Why a consumer who scans a code should be warned. */
public enum CodeAlert {
    /** The code is well formed but was never issued: not genuine. */
    NEVER_ISSUED,
    /** The item or its lot was recalled. */
    RECALLED,
    /** The item was taken out of use; a label seen again is likely copied. */
    DECOMMISSIONED,
    /** The same serial was scanned in places too far apart for the time between the scans. */
    FAR_APART
}
