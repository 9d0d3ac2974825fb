package dev.leanjdbc.benchmarks.stub;

import java.sql.SQLFeatureNotSupportedException;

/** The one error every unimplemented stub method raises, naming the method. */
final class Unsupported {

    private Unsupported() {}

    static SQLFeatureNotSupportedException call(String method) {
        return new SQLFeatureNotSupportedException("the benchmark stub driver does not implement " + method
                + "; it serves only the calls the benchmarks make: implement it in dev.leanjdbc.benchmarks.stub"
                + " if a benchmark needs it");
    }
}
