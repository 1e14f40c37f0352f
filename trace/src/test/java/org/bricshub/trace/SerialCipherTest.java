package org.bricshub.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Serials of a batch: FF1 of the item index in a serial alphabet, unique and checkable by decryption. */
class SerialCipherTest {
    private static final byte[] KEY = new byte[16];

    /** Decrypt(encrypt(i)) == i for every index of a 10-million batch: no two items can share a serial. */
    @Test
    void encrypt_tenMillionIndices_roundTripSoNoTwoCollide() {
        Ff1 ff1 = new Ff1(KEY, SerialFormat.DIGITS.radix(), SerialFormat.DIGITS.length());
        long[] chunk = new long[4096];
        for (long first = 0; first < 10_000_000; first += chunk.length) {
            for (int k = 0; k < chunk.length; k++) {
                chunk[k] = first + k;
            }
            ff1.encrypt(chunk, chunk.length);
            ff1.decrypt(chunk, chunk.length);
            for (int k = 0; k < chunk.length; k++) {
                if (chunk[k] != first + k) {
                    throw new AssertionError("index " + (first + k) + " decrypts to " + chunk[k]);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SerialFormat.class)
    void writeThenRead_isIdentity_andStaysInTheAlphabet(SerialFormat format) {
        Ff1 ff1 = new Ff1(KEY, format.radix(), format.length());
        SplittableRandom random = new SplittableRandom(1);
        byte[] serial = new byte[format.length()];
        for (int i = 0; i < 10_000; i++) {
            long value = ff1.encrypt(random.nextLong(1_000_000_000L));
            format.write(value, serial, 0);
            String text = new String(serial, java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(format.read(text)).isEqualTo(value);
            assertThat(text).matches(format == SerialFormat.DIGITS ? "[0-9]{16}" : "[0-9A-HJKMNP-TV-Z]{12}");
        }
    }

    @Test
    void read_wrongLengthOrCharacter_isMinusOne() {
        assertThat(SerialFormat.DIGITS.read("123")).isEqualTo(-1);
        assertThat(SerialFormat.DIGITS.read("123456789012345A")).isEqualTo(-1);
        assertThat(SerialFormat.ALPHANUMERIC.read("0123456789AI")).isEqualTo(-1);
        assertThat(SerialFormat.ALPHANUMERIC.read("0123456789A€")).isEqualTo(-1);
    }

    @Test
    void guessedSerials_areAlmostNeverGenuine() {
        long count = 10_000_000;
        Ff1 ff1 = new Ff1(KEY, 10, 16);
        SplittableRandom random = new SplittableRandom(3);
        int genuine = 0;
        for (int i = 0; i < 100_000; i++) {
            genuine += ff1.decrypt(random.nextLong(ff1.domainSize())) < count ? 1 : 0;
        }
        assertThat(genuine).as("expected 10^5 * 10^7 / 10^16 = 10^-4 hits").isZero();
    }
}
