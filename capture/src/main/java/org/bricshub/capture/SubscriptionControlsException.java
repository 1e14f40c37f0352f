package org.bricshub.capture;

import org.bricshub.platform.problem.ProblemException;

/**
 * A subscription request the binding does not allow: no dest, neither stream nor schedule, a bad schedule (EPCIS 2.0
 * §8.2.5, REST binding 400).
 */
public final class SubscriptionControlsException extends ProblemException {
    public SubscriptionControlsException(String detail) {
        super(400, "epcisException:SubscriptionControlsException", "Subscription error", detail);
    }
}
