package org.bricshub.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ff1Test {
    private static final byte[] NIST_KEY = HexFormat.of().parseHex("2B7E151628AED2A6ABF7158809CF4F3C");

    /** NIST SP 800-38G sample 1 (FF1-AES128, radix 10, empty tweak). */
    @Test
    void encrypt_nistSample1() {
        Ff1 ff1 = new Ff1(NIST_KEY, 10, 10);
        assertThat(ff1.encrypt(123456789L)).isEqualTo(2433477484L);
        assertThat(ff1.decrypt(2433477484L)).isEqualTo(123456789L);
    }

    @ParameterizedTest(name = "radix {0}, length {1}")
    @CsvSource({"10, 16", "10, 7", "32, 12", "36, 11", "10, 18", "2, 40"})
    void encrypt_equalsBouncyCastleReference(int radix, int length) {
        byte[] key = new byte[16];
        new SplittableRandom(radix * 100L + length).nextBytes(key);
        Ff1 ff1 = new Ff1(key, radix, length);
        FPEFF1Engine reference = new FPEFF1Engine(AESEngine.newInstance());
        reference.init(true, new FPEParameters(new KeyParameter(key), radix, new byte[0]));
        SplittableRandom random = new SplittableRandom(7);
        long[] values = new long[200];
        for (int k = 0; k < values.length; k++) {
            values[k] = random.nextLong(ff1.domainSize());
        }
        long[] encrypted = values.clone();
        ff1.encrypt(encrypted, encrypted.length);
        for (int k = 0; k < values.length; k++) {
            byte[] in = numerals(values[k], radix, length);
            byte[] out = new byte[length];
            reference.processBlock(in, 0, length, out, 0);
            assertThat(encrypted[k]).as("value %d", values[k]).isEqualTo(value(out, radix));
        }
        ff1.decrypt(encrypted, encrypted.length);
        assertThat(encrypted).containsExactly(values);
    }

    @Test
    void encrypt_isAPermutationOfASmallDomain() {
        Ff1 ff1 = new Ff1(NIST_KEY, 10, 6);
        long[] all = new long[1_000_000];
        for (int k = 0; k < all.length; k++) {
            all[k] = k;
        }
        ff1.encrypt(all, all.length);
        boolean[] seen = new boolean[all.length];
        for (long c : all) {
            assertThat(seen[(int) c]).as("collision at %d", c).isFalse();
            seen[(int) c] = true;
        }
    }

    static byte[] numerals(long value, int radix, int length) {
        byte[] out = new byte[length];
        for (int i = length - 1; i >= 0; i--) {
            out[i] = (byte) (value % radix);
            value /= radix;
        }
        return out;
    }

    static long value(byte[] numerals, int radix) {
        long v = 0;
        for (byte n : numerals) {
            v = v * radix + (n & 0xff);
        }
        return v;
    }
}
