package org.bricshub.trace;

import java.security.GeneralSecurityException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * FF1 format-preserving encryption (NIST SP 800-38G Rev. 1, Algorithms 7-9) with an empty tweak, for numeral
 * strings whose value fits in a {@code long}: radix^n below 2^62. Each numeral string is handled as its value, so
 * the ten Feistel rounds are long arithmetic around one AES block each (with t = 0 and b &lt;= 12, the round's
 * PRF input P || Q is two blocks and P's encryption is computed once per key).
 *
 * <p>The rounds of many values are run together: one AES-ECB call per round for a whole array, which lets the
 * JDK's AES-NI intrinsic pipeline the blocks. A test checks equality with BouncyCastle's reference FF1.
 *
 * <p>Not thread-safe (it owns its cipher and buffers); create one per thread.
 */
final class Ff1 {
    private static final int ROUNDS = 10;
    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private final Cipher aes;
    private final int radix;
    private final int u;
    private final int v;
    private final int b;
    private final int d;
    private final long radixPowU;
    private final long radixPowV;
    private final byte[] encryptedP;
    private byte[] blocks = new byte[0];
    private byte[] output = new byte[0];

    /**
     * @param key an AES key (16, 24 or 32 bytes)
     * @param radix the alphabet size, 2..256
     * @param length the numeral string length n, with radix^n at least 1,000,000 and below 2^62
     */
    Ff1(byte[] key, int radix, int length) {
        if (radix < 2 || radix > 256 || length < 2) {
            throw new IllegalArgumentException("FF1 needs radix 2..256 and length >= 2, got " + radix + ", " + length);
        }
        this.radix = radix;
        this.u = length / 2;
        this.v = length - u;
        this.radixPowU = power(radix, u);
        this.radixPowV = power(radix, v);
        if (Math.multiplyHigh(radixPowU, radixPowV) != 0 || radixPowU * radixPowV >= 1L << 62
                || radixPowU * radixPowV < 1_000_000) {
            throw new IllegalArgumentException("radix^length must lie in [10^6, 2^62), got radix " + radix
                    + " length " + length);
        }
        this.b = (int) Math.ceil(Math.ceil(v * (Math.log(radix) / Math.log(2)) - 1e-9) / 8);
        this.d = 4 * ((b + 3) / 4) + 4;
        try {
            aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            byte[] p = {1, 2, 1, (byte) (radix >> 16), (byte) (radix >> 8), (byte) radix, 10, (byte) u,
                (byte) (length >> 24), (byte) (length >> 16), (byte) (length >> 8), (byte) length, 0, 0, 0, 0};
            encryptedP = aes.doFinal(p);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is unavailable: " + e.getMessage(), e);
        }
    }

    /** The domain size radix^n: values are numbers in [0, size). */
    long domainSize() {
        return radixPowU * radixPowV;
    }

    /** Encrypts {@code values[0..count)} in place; each value must lie in [0, domainSize). */
    void encrypt(long[] values, int count) {
        run(values, count, true);
    }

    /** Decrypts {@code values[0..count)} in place. */
    void decrypt(long[] values, int count) {
        run(values, count, false);
    }

    /** Encrypts one value. */
    long encrypt(long value) {
        long[] one = {value};
        run(one, 1, true);
        return one[0];
    }

    /** Decrypts one value. */
    long decrypt(long value) {
        long[] one = {value};
        run(one, 1, false);
        return one[0];
    }

    private void run(long[] values, int count, boolean encrypt) {
        if (blocks.length < count * 16) {
            blocks = new byte[count * 16];
            output = new byte[count * 16];
            for (int k = 0; k < count; k++) {
                // Q's leading zero bytes XOR E(P) never change: written once per buffer
                System.arraycopy(encryptedP, 0, blocks, k * 16, 15 - b);
            }
        }
        long[] a = new long[count];
        long[] bb = new long[count];
        for (int k = 0; k < count; k++) {
            a[k] = values[k] / radixPowV; // A: the first u numerals
            bb[k] = values[k] % radixPowV; // B: the last v numerals
        }
        for (int r = 0; r < ROUNDS; r++) {
            int i = encrypt ? r : ROUNDS - 1 - r;
            long modulus = (i % 2 == 0) ? radixPowU : radixPowV;
            byte roundByte = (byte) (encryptedP[15 - b] ^ i);
            // Q = [0]^(16-1-b) || [i] || [NUM(B or A)]^b; encryption feeds B, decryption A (Algorithms 7 and 8).
            long[] fed = encrypt ? bb : a;
            for (int k = 0; k < count; k++) {
                int o = k * 16;
                blocks[o + 15 - b] = roundByte;
                long x = fed[k];
                for (int j = 15; j > 15 - b; j--) {
                    blocks[o + j] = (byte) (encryptedP[j] ^ (byte) x);
                    x >>>= 8;
                }
            }
            try {
                aes.update(blocks, 0, count * 16, output, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            for (int k = 0; k < count; k++) {
                long y = numberModulo(output, k * 16, modulus);
                if (encrypt) {
                    long c = a[k] + y;
                    a[k] = bb[k];
                    bb[k] = c >= modulus ? c - modulus : c;
                } else {
                    long c = bb[k] - y;
                    bb[k] = a[k];
                    a[k] = c < 0 ? c + modulus : c;
                }
            }
        }
        for (int k = 0; k < count; k++) {
            values[k] = a[k] * radixPowV + bb[k];
        }
    }

    /** NUM(S) mod modulus for S the first d bytes at {@code offset}: one unsigned division when d <= 8. */
    private long numberModulo(byte[] bytes, int offset, long modulus) {
        if (d <= 8) {
            long y = (long) BIG_ENDIAN_LONG.get(bytes, offset) >>> (8 * (8 - d));
            return Long.remainderUnsigned(y, modulus);
        }
        long y = 0;
        for (int j = 0; j < d; j++) {
            y = (y * 256 + (bytes[offset + j] & 0xff)) % modulus;
        }
        return y;
    }

    private static long power(int radix, int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p = Math.multiplyExact(p, radix);
        }
        return p;
    }
}
