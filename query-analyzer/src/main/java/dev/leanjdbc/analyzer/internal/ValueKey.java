package dev.leanjdbc.analyzer.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The secret key of one analyzer's value hashes. A {@link ValueHash} alone is a fixed function of the
 * value: anyone can hash all 10,000 four-digit PINs and find the one a report shows. Passed through
 * SipHash-2-4 under this key, equal values still hash equal within the analyzer (duplicates, N+1 parent
 * matching), but without the key a reported hash says nothing about the value, however small its domain.
 *
 * <p>By default the key is random per analyzer, so hashes of two processes (or two analyzers) cannot be
 * compared. A fleet that wants comparable hashes configures one shared secret ({@link #of(String)}); its
 * protection is then only as good as that secret is kept.
 *
 * <p><em>Performance:</em> one SipHash-2-4 of one 64-bit word per bound or sampled value, about 10 ns.
 */
public final class ValueKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long k0;
    private final long k1;

    private ValueKey(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /** A fresh random key. */
    public static ValueKey random() {
        return new ValueKey(RANDOM.nextLong(), RANDOM.nextLong());
    }

    /** The key with these two little-endian halves (SipHash's k0, k1); for test vectors. */
    static ValueKey of(long k0, long k1) {
        return new ValueKey(k0, k1);
    }

    /** The key derived from {@code secret} (SHA-256, first 128 bits): the same secret, the same hashes. */
    public static ValueKey of(String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new ValueKey(word(d, 0), word(d, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e); // every JDK must have it
        }
    }

    /**
     * {@code hash} under this key. {@link ValueHash#NULL} stays itself: SQL NULL is no secret, and the
     * detectors recognise null parameters by it.
     */
    public long apply(long hash) {
        if (hash == ValueHash.NULL) {
            return hash;
        }
        // SipHash-2-4 of the one 8-byte word `hash` (Aumasson and Bernstein), unrolled
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        v3 ^= hash;
        for (int i = 0; i < 2; i++) {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= hash;
        long last = 8L << 56; // the message length (8 bytes) in the final block's top byte
        v3 ^= last;
        for (int i = 0; i < 2; i++) {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= last;
        v2 ^= 0xff;
        for (int i = 0; i < 4; i++) {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
        long result = v0 ^ v1 ^ v2 ^ v3;
        return result == ValueHash.NULL ? result + 1 : result; // never mistaken for NULL
    }

    /** Little-endian, as SipHash reads its key bytes. */
    private static long word(byte[] b, int offset) {
        long w = 0;
        for (int i = 7; i >= 0; i--) {
            w = (w << 8) | (b[offset + i] & 0xffL);
        }
        return w;
    }
}
