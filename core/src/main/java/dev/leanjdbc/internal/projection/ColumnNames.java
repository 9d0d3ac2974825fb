package dev.leanjdbc.internal.projection;

import java.util.Locale;

/** Java names to SQL column names: {@code orderNumber} → {@code order_number}, {@code shippedAt2} → {@code shipped_at2}. */
public final class ColumnNames {

    private ColumnNames() {}

    public static String snakeCase(String javaName) {
        StringBuilder sb = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char ch = javaName.charAt(i);
            if (Character.isUpperCase(ch)) {
                // "URLPath" → "url_path": underscore before an upper case letter that starts a word
                boolean prevLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1));
                boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (i > 0 && (prevLower || nextLower) && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
