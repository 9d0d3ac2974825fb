package dev.leanjdbc.benchmarks.stub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows a stub query returns: column labels and row values, fixed when built and handed out without
 * copying, so reading them allocates nothing.
 */
public final class CannedResult {

    private final String[] labels;
    private final Object[][] rows;

    private CannedResult(String[] labels, Object[][] rows) {
        this.labels = labels;
        this.rows = rows;
    }

    /** Starts a result with these column labels (at least one; matched case-insensitively when read). */
    public static Builder columns(String... labels) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("a canned result needs at least one column, got none");
        }
        String[] copy = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null || labels[i].isBlank()) {
                throw new IllegalArgumentException("column label " + (i + 1) + " is blank; give every column a name");
            }
            copy[i] = labels[i].toLowerCase(Locale.ROOT);
        }
        return new Builder(copy);
    }

    public int columnCount() {
        return labels.length;
    }

    public int rowCount() {
        return rows.length;
    }

    /** The 1-based index of the column with this label, or 0 when there is none. */
    int indexOf(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equalsIgnoreCase(label)) {
                return i + 1;
            }
        }
        return 0;
    }

    String label(int column) {
        return labels[column - 1];
    }

    Object value(int row, int column) {
        return rows[row][column - 1];
    }

    String labels() {
        return String.join(", ", labels);
    }

    /** Collects rows; each row has exactly one value per column. */
    public static final class Builder {
        private final String[] labels;
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(String[] labels) {
            this.labels = labels;
        }

        public Builder row(Object... values) {
            if (values.length != labels.length) {
                throw new IllegalArgumentException("row " + (rows.size() + 1) + " has " + values.length
                        + " values but the result has " + labels.length + " columns (" + String.join(", ", labels)
                        + ")");
            }
            rows.add(values.clone());
            return this;
        }

        public CannedResult build() {
            return new CannedResult(labels, rows.toArray(new Object[0][]));
        }
    }
}
