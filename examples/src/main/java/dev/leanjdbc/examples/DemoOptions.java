package dev.leanjdbc.examples;

import java.util.List;

/**
 * Command-line options of the demo.
 *
 * @param jdbcUrl database to run against; embedded H2 in memory when null
 * @param user login user for {@code jdbcUrl}
 * @param password login password for {@code jdbcUrl}
 * @param scale data scale factor (1.0 = 10,000 customers, 100,000 orders)
 * @param html file to write the HTML report to; none when null
 * @param help whether to print usage and exit
 */
record DemoOptions(String jdbcUrl, String user, String password, double scale, String html, boolean help) {

    static final String USAGE = String.join(
            "\n",
            "Usage: ./demo [options]",
            "",
            "Seeds the sample shop, then runs a small shop application on it twice through the query",
            "analyzer: written the naive way, then with leanjdbc. Prints the naive run's findings and a",
            "before/after table (statements, rows, time, bytes allocated, peak heap).",
            "",
            "  --jdbc-url URL    any JDBC URL (PostgreSQL, H2); default: embedded H2 in memory",
            "  --user NAME       user for --jdbc-url",
            "  --password PW     password for --jdbc-url",
            "  --scale FACTOR    data size; 1 = 10,000 customers and 100,000 orders (default 1)",
            "  --html FILE       also write the findings and the table as a self-contained HTML page",
            "  --help            print this and exit");

    /** Parses {@code args}; a bad flag or value throws {@link IllegalArgumentException} with a one-line reason. */
    static DemoOptions parse(List<String> args) {
        String url = null;
        String user = null;
        String password = null;
        double scale = 1.0;
        String html = null;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--jdbc-url" -> url = value(args, ++i, arg);
                case "--user" -> user = value(args, ++i, arg);
                case "--password" -> password = value(args, ++i, arg);
                case "--scale" -> scale = scale(value(args, ++i, arg));
                case "--html" -> html = value(args, ++i, arg);
                default -> throw new IllegalArgumentException("unknown option " + arg + " (try --help)");
            }
        }
        return new DemoOptions(url, user, password, scale, html, help);
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(i);
    }

    private static double scale(String text) {
        double scale;
        try {
            scale = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--scale must be a number, was " + text);
        }
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("--scale must be > 0 and <= 100, was " + text);
        }
        return scale;
    }
}
