package dev.leanjdbc.analyzer.internal.metrics;

/**
 * The {@code fingerprint.id} tag value and the fingerprint tag's text, shared by the Micrometer meters and
 * the OpenTelemetry instruments (this class needs neither library), so both name a fingerprint the same.
 */
public final class TagIds {

    private TagIds() {}

    /** Longest fingerprint tag value; longer SQL is cut (two shapes may then share a series). */
    public static final int MAX_FINGERPRINT_TAG = 200;

    /** The tag text of a fingerprint: cut at {@value #MAX_FINGERPRINT_TAG} characters. */
    public static String fingerprintTag(String fingerprint) {
        return shorten(fingerprint, MAX_FINGERPRINT_TAG);
    }

    /** The {@code fingerprint.id} value of a fingerprint: {@link #id} of its tag text. */
    public static String fingerprintId(String fingerprint) {
        return id(fingerprintTag(fingerprint));
    }

    /**
     * A short id of {@code value} that is the same in every JVM and every run: the first 12 hex digits of its
     * 64-bit FNV-1a hash over UTF-16 code units. Letters and digits only, so any query syntax takes it.
     */
    public static String id(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        String hex = Long.toHexString(h);
        return ("0000000000000000" + hex).substring(hex.length()).substring(0, 12);
    }

    /** A tag value no longer than {@code max} characters (fingerprints can be long SQL). */
    public static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
