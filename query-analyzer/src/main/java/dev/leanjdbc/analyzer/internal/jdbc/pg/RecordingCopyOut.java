package dev.leanjdbc.analyzer.internal.jdbc.pg;

import dev.leanjdbc.analyzer.internal.jdbc.CopyExecution;
import java.sql.SQLException;
import org.postgresql.copy.CopyOut;

/** The driver's {@code CopyOut}, whose last read (or cancel, or failure) completes the COPY event. */
final class RecordingCopyOut implements CopyOut {

    private final CopyOut driver;
    private final CopyExecution execution;

    RecordingCopyOut(CopyOut driver, CopyExecution execution) {
        this.driver = driver;
        this.execution = execution;
    }

    @Override
    public byte[] readFromCopy() throws SQLException {
        return read(true);
    }

    @Override
    public byte[] readFromCopy(boolean block) throws SQLException {
        return read(block);
    }

    private byte[] read(boolean block) throws SQLException {
        try {
            byte[] row = driver.readFromCopy(block);
            if (row == null && !driver.isActive()) {
                long rows = driver.getHandledRowCount();
                execution.end(rows, rows, false);
            }
            return row;
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
