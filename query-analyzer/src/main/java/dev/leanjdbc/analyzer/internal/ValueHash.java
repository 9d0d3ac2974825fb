package dev.leanjdbc.analyzer.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Hashes of bind values and of values read from results, comparable with each other: integral numbers hash
 * by their {@code long} value whatever their Java type, strings by content, byte arrays by content.
 */
public final class ValueHash {

    /** Hash of SQL NULL. */
    public static final long NULL = 0x6a09e667f3bcc908L;

    private ValueHash() {}

    public static long of(long v) {
        return mix(v ^ 0x3c6ef372fe94f82bL);
    }

    public static long of(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9.0e15) {
            return of((long) v);
        }
        return mix(Double.doubleToLongBits(v));
    }

    public static long of(boolean v) {
        return of(v ? 1L : 0L);
    }

    public static long of(String s) {
        return s == null ? NULL : mix(((long) s.hashCode() << 32) ^ s.length() ^ 0xa54ff53a5f1d36f1L);
    }

    /** Hash of any value; never throws (a value whose {@code hashCode} fails hashes by its class). */
    public static long of(Object o) {
        if (o == null) {
            return NULL;
        }
        try {
            if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
                return of(((Number) o).longValue());
            }
            if (o instanceof String s) {
                return of(s);
            }
            if (o instanceof BigDecimal d) {
                BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
                if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 19) {
                    return of(stripped.longValueExact());
                }
                return mix(stripped.hashCode());
            }
            if (o instanceof BigInteger b) {
                return b.bitLength() < 64 ? of(b.longValue()) : mix(b.hashCode());
            }
            if (o instanceof Double || o instanceof Float) {
                return of(((Number) o).doubleValue());
            }
            if (o instanceof Boolean b) {
                return of(b.booleanValue());
            }
            if (o instanceof byte[] bytes) {
                return mix(Arrays.hashCode(bytes) ^ ((long) bytes.length << 32));
            }
            if (o instanceof Character c) {
                return of(String.valueOf(c.charValue()));
            }
            return mix(o.hashCode() ^ ((long) o.getClass().getName().hashCode() << 32));
        } catch (RuntimeException | LinkageError e) {
            return mix(o.getClass().getName().hashCode());
        }
    }

    /** Combines a running hash with the next value's hash, order-sensitive. */
    public static long combine(long running, long next) {
        return mix(running * 31 + next);
    }

    /** Final mixer of SplitMix64: cheap, and every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
