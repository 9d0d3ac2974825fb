package dev.leanjdbc.analyzer.internal.jdbc.pg;

import dev.leanjdbc.analyzer.internal.jdbc.CopyExecution;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;

/** The driver's {@code CopyIn}, whose end (or cancel, or failure) completes the COPY event. */
final class RecordingCopyIn implements CopyIn {

    private final CopyIn driver;
    private final CopyExecution execution;

    RecordingCopyIn(CopyIn driver, CopyExecution execution) {
        this.driver = driver;
        this.execution = execution;
    }

    @Override
    public void writeToCopy(byte[] buf, int off, int siz) throws SQLException {
        try {
            driver.writeToCopy(buf, off, siz);
        } catch (SQLException | RuntimeException e) {
            execution.end(-1, 0, true);
            throw e;
        }
    }

    @Override
    public void writeToCopy(ByteStreamWriter from) throws SQLException {
        try {
            driver.writeToCopy(from);
        } catch (SQLException | RuntimeException e) {
            execution.end(-1, 0, true);
            throw e;
        }
    }

    @Override
    public void flushCopy() throws SQLException {
        driver.flushCopy();
    }

    @Override
    public long endCopy() throws SQLException {
        try {
            long rows = driver.endCopy();
            execution.end(rows, 0, false);
            return rows;
        } catch (SQLException | RuntimeException e) {
            execution.end(-1, 0, true);
            throw e;
        }
    }

    @Override
    public int getFieldCount() {
        return driver.getFieldCount();
    }

    @Override
    public int getFormat() {
        return driver.getFormat();
    }

    @Override
    public int getFieldFormat(int field) {
        return driver.getFieldFormat(field);
    }

    @Override
    public boolean isActive() {
        return driver.isActive();
    }

    @Override
    public void cancelCopy() throws SQLException {
        try {
            driver.cancelCopy();
        } finally {
            execution.end(-1, 0, true);
        }
    }

    @Override
    public long getHandledRowCount() {
        return driver.getHandledRowCount();
    }
}
