package org.bricshub.ledger.witness;

/** What a witness answers to {@code add-checkpoint} (C2SP tlog-witness), one HTTP status each. */
public sealed interface WitnessOutcome {

    /**
     * 200: the checkpoint is consistent with everything seen before; here are the cosignatures.
     *
     * @param signatureLines one or more note signature lines ({@code — <name> <base64>\n}), cosignature/v1
     */
    record Cosigned(String signatureLines) implements WitnessOutcome {
    }

    /**
     * 409 with {@code text/x.tlog.size}: the old size is not the size the witness holds, or the size is the same but
     * the root hash differs (a fork).
     *
     * @param latestSize the size of the latest checkpoint the witness cosigned for the origin (0 if none)
     * @param reason     what did not match, for logs
     */
    record Conflict(long latestSize, String reason) implements WitnessOutcome {
    }

    /**
     * 400, 403, 404 or 422: the request was refused.
     *
     * @param refusal why
     * @param reason  the broken rule, for the response body and logs
     */
    record Refused(Refusal refusal, String reason) implements WitnessOutcome {
    }

    /** Why a request was refused, with the HTTP status tlog-witness prescribes. */
    enum Refusal {
        /** 400: the body does not follow the format, or the old size exceeds the checkpoint's size. */
        MALFORMED(400),
        /** 403: no signature by a trusted key of the origin verifies. */
        UNVERIFIED(403),
        /** 404: the witness trusts no key for the checkpoint's origin. */
        UNKNOWN_ORIGIN(404),
        /** 422: the consistency proof does not verify. */
        INCONSISTENT(422);

        private final int status;

        Refusal(int status) {
            this.status = status;
        }

        /** The HTTP status code of this refusal. */
        public int status() {
            return status;
        }
    }
}
