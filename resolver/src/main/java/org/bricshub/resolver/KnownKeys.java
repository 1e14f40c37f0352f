package org.bricshub.resolver;

import org.bricshub.gs1.DigitalLink;
import org.bricshub.platform.problem.NotFoundException;
import org.bricshub.trace.ProductCodes;

/** Whether the platform knows a key that has no link: the resolver answers 404 only for keys it does not know. */
@FunctionalInterface
public interface KnownKeys {
    /** No key is known beyond its links. */
    KnownKeys NONE = key -> false;

    /** @param key a Digital Link of a primary key alone */
    boolean isKnown(DigitalLink key);

    /** Products (GTIN, AI 01) and locations (GLN, AI 414) registered with the Product Code service. */
    static KnownKeys of(ProductCodes codes) {
        return key -> {
            try {
                switch (key.primaryKey().ai()) {
                    case "01" -> codes.product(key.primaryKey().value());
                    case "414" -> codes.location(key.primaryKey().value());
                    default -> {
                        return false;
                    }
                }
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        };
    }
}
