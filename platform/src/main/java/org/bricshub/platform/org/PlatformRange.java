package org.bricshub.platform.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bricshub.platform.problem.InvalidInputException;

/**
 * The operator's own GS1 company prefix, from which organisations without GS1 membership get sub-ranges: longer
 * prefixes inside it (docs/design/product-codes.md, "Platform range"). A company prefix and an item reference share
 * the 12 digits of a GTIN-13 before its check digit, so a sub-prefix of length L numbers 10^(12-L) products.
 *
 * @param prefix the operator's company prefix, 4 to 10 digits
 */
public record PlatformRange(String prefix) {
    private static final int KEY_DIGITS = 12;

    public PlatformRange {
        if (prefix == null || !prefix.matches("[0-9]{4,10}")) {
            throw new IllegalArgumentException("a platform range is a GS1 company prefix of 4 to 10 digits");
        }
    }

    /** Most products one sub-range can number: the sub-prefix must be at least one digit longer than the range. */
    public long maxCapacity() {
        return pow10(KEY_DIGITS - prefix.length() - 1);
    }

    /**
     * The length of the sub-prefixes that number at least {@code capacity} products.
     *
     * @throws InvalidInputException (capacity) below 1 or above {@link #maxCapacity()}
     */
    public int subPrefixLength(long capacity) {
        if (capacity < 1 || capacity > maxCapacity()) {
            throw new InvalidInputException("capacity", "must be 1 to " + maxCapacity()
                    + " products for platform range " + prefix);
        }
        int itemDigits = 1;
        while (pow10(itemDigits) < capacity) {
            itemDigits++;
        }
        return KEY_DIGITS - itemDigits;
    }

    /** How many products a sub-prefix of {@code length} digits numbers. */
    public static long capacityOf(int length) {
        return pow10(KEY_DIGITS - length);
    }

    /**
     * The lowest sub-prefix of {@code length} digits inside this range that overlaps none of {@code taken} (one
     * prefix overlaps another when either starts with the other), or empty when the range is full.
     */
    public Optional<String> firstFree(int length, Collection<String> taken) {
        int free = length - prefix.length();
        long size = pow10(free);
        List<long[]> blocked = new ArrayList<>(); // [from, to) in the numbering of the candidates
        for (String p : taken) {
            if (prefix.startsWith(p)) {
                return Optional.empty(); // someone holds the whole range
            }
            if (!p.startsWith(prefix)) {
                continue;
            }
            String inside = p.substring(prefix.length());
            if (inside.length() >= free) {
                long at = Long.parseLong(inside.substring(0, free));
                blocked.add(new long[] {at, at + 1});
            } else {
                long scale = pow10(free - inside.length());
                long from = Long.parseLong(inside) * scale;
                blocked.add(new long[] {from, from + scale});
            }
        }
        blocked.sort(Comparator.comparingLong(b -> b[0]));
        long next = 0;
        for (long[] b : blocked) {
            if (b[0] > next) {
                break;
            }
            next = Math.max(next, b[1]);
        }
        return next >= size ? Optional.empty()
                : Optional.of(prefix + String.format("%0" + free + "d", next));
    }

    private static long pow10(int exponent) {
        long v = 1;
        for (int i = 0; i < exponent; i++) {
            v *= 10;
        }
        return v;
    }
}
