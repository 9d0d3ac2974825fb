package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.junit.internal.TestRecording;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A test-method parameter: the {@link AnalyzedDataSource} of the test class, wrapped by the shared analyzer
 * ({@link LeanJdbcExtension#analyzer()}), so everything run through it counts for the test.
 *
 * <pre>{@code
 * @Test
 * @ExpectQueries(select = 1)
 * void findsCustomer(RecordedDataSource ds) {
 *     new CustomerDao(ds).find(42);
 *     assertThatQueries(ds.report()).hasNoFindings();
 * }
 * }</pre>
 *
 * Statements through any DataSource wrapped by the shared analyzer count the same way; this type only
 * saves the wrapping and gives the test its report.
 */
public final class RecordedDataSource implements DataSource {

    private final DataSource recording;
    private final Supplier<TestRecording> test;

    RecordedDataSource(DataSource recording, Supplier<TestRecording> test) {
        this.recording = recording;
        this.test = test;
    }

    /** The statements of the running test so far (per the test's {@link QueryScope} rule). */
    public Report report() {
        return test.get().report();
    }

    /** The test's scope, e.g. to {@linkplain AnalysisScope#wrap(Runnable) attach} worker threads. */
    public AnalysisScope scope() {
        return test.get().scope();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return recording.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return recording.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return recording.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        recording.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        recording.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return recording.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return recording.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return recording.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || recording.isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return "RecordedDataSource[" + recording + "]";
    }
}
