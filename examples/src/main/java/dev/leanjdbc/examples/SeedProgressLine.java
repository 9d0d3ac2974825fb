package dev.leanjdbc.examples;

import dev.leanjdbc.testing.SeedProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows seeding progress: on a terminal one line rewritten in place; otherwise (a pipe, a log) a single
 * "seeding ..." line, so logs stay readable.
 */
final class SeedProgressLine implements SeedProgress {

    private final PrintStream out;
    private final boolean terminal;
    private int lastLength;
    private boolean announced;

    SeedProgressLine(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void progress(String table, long rowsDone, long rowsTotal) {
        if (!terminal) {
            if (!announced) {
                out.println("seeding the shop ...");
                announced = true;
            }
            return;
        }
        int percent = rowsTotal == 0 ? 100 : (int) (100 * rowsDone / rowsTotal);
        String line =
                String.format(Locale.ROOT, "seeding %-10s %,11d / %,11d  %3d%%", table, rowsDone, rowsTotal, percent);
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
    }

    void finish() {
        if (!terminal) {
            return;
        }
        out.print("\r" + " ".repeat(lastLength) + "\r");
        out.flush();
    }
}
