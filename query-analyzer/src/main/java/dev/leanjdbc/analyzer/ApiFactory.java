package dev.leanjdbc.analyzer;

import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.FindingBuilder;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The constructors of this package's analyzer-made types, handed to {@link ApiAccess} by {@link Report}. */
final class ApiFactory implements ApiAccess.Factory {

    @Override
    public Report report(
            String name,
            long durationNanos,
            boolean complete,
            long[] countsByKind,
            long totalNanos,
            long rowsRead,
            long updateCount,
            long failedCount,
            List<FingerprintStats> fingerprints,
            List<StatementEvent> events,
            long droppedEvents,
            long droppedFingerprintExecutions,
            Function<? super Report, ? extends List<Finding>> detector,
            long internalStatements) {
        return new Report(
                name,
                durationNanos,
                complete,
                countsByKind,
                totalNanos,
                rowsRead,
                updateCount,
                failedCount,
                fingerprints,
                events,
                droppedEvents,
                droppedFingerprintExecutions,
                detector,
                internalStatements);
    }

    @Override
    public StatementEvent recordedAgain(StatementEvent e) {
        return new StatementEvent(e);
    }

    @Override
    public StatementEvent statementEvent(
            long sequence,
            long fingerprintId,
            String fingerprint,
            StatementKind kind,
            int sqlHash,
            long executeNanos,
            long totalNanos,
            long updateCount,
            int batchSize,
            long rowsRead,
            long rowsLeftUnread,
            int columnCount,
            ColumnSet columnsRead,
            int fetchSize,
            boolean autoCommit,
            ResultMode resultMode,
            long parameterHash,
            long[] parameterHashes,
            List<Object> bindValues,
            ReadValueSample readValues,
            boolean generatedKeys,
            boolean failed,
            CallSite callSite,
            String threadName,
            int connectionId,
            int databaseId,
            StatementOrigin origin) {
        return new StatementEvent(
                sequence,
                fingerprintId,
                fingerprint,
                kind,
                sqlHash,
                executeNanos,
                totalNanos,
                updateCount,
                batchSize,
                rowsRead,
                rowsLeftUnread,
                columnCount,
                columnsRead,
                fetchSize,
                autoCommit,
                resultMode,
                parameterHash,
                parameterHashes,
                bindValues,
                readValues,
                generatedKeys,
                failed,
                callSite,
                threadName,
                connectionId,
                databaseId,
                origin);
    }

    @Override
    public InFlightScope inFlightScope(
            String name,
            String threadName,
            Duration age,
            long statements,
            long rowsRead,
            long rowsBuffered,
            long allocatedBytes,
            long rowsHeld,
            int probesAlive,
            int probesJudged,
            String fingerprint,
            CallSite callSite,
            Statement statement,
            Consumer<String> stopper) {
        return new InFlightScope(
                name,
                threadName,
                age,
                statements,
                rowsRead,
                rowsBuffered,
                allocatedBytes,
                rowsHeld,
                probesAlive,
                probesJudged,
                fingerprint,
                callSite,
                statement,
                stopper);
    }

    @Override
    public MemoryPressure memoryPressure(
            Instant at, String pool, long usedAfterGc, long max, double threshold, List<InFlightScope> scopes) {
        return new MemoryPressure(at, pool, usedAfterGc, max, threshold, scopes);
    }

    @Override
    public BudgetExceededException budgetExceeded(
            String budget, long limit, long value, String scopeName, String fingerprint, CallSite callSite) {
        return new BudgetExceededException(budget, limit, value, scopeName, fingerprint, callSite);
    }

    @Override
    public ScopeStoppedException scopeStopped(String scopeName, String reason, CallSite callSite) {
        return new ScopeStoppedException(scopeName, reason, callSite);
    }

    @Override
    public long findingIdHash(Finding f) {
        return f.idHash();
    }

    @Override
    public Finding finding(FindingBuilder b) {
        return new Finding(b);
    }
}
