package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.BudgetExceededException;
import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.InFlightScope;
import dev.leanjdbc.analyzer.MemoryPressure;
import dev.leanjdbc.analyzer.ReadValueSample;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.ScopeStoppedException;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.StatementOrigin;
import java.lang.invoke.MethodHandles;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Makes the public types that users receive but never construct: reports, events, in-flight snapshots,
 * memory-pressure reports, findings and the analyzer's exceptions. Their constructors are package-private,
 * so none of them is part of the published API (which then can add a field without breaking anyone); the
 * analyzer's internals, the JUnit module and tests make them here.
 *
 * <p>The public package hands its factory over when {@link Report} is initialised (the pattern of the JDK's
 * own shared secrets), which the first call here forces.
 */
public final class ApiAccess {

    /** Implemented in the public package, where the constructors are visible. */
    public interface Factory {

        StatementEvent recordedAgain(StatementEvent e);

        Report report(
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
                long internalStatements);

        StatementEvent statementEvent(
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
                StatementOrigin origin);

        InFlightScope inFlightScope(
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
                Consumer<String> stopper);

        MemoryPressure memoryPressure(
                Instant at, String pool, long usedAfterGc, long max, double threshold, List<InFlightScope> scopes);

        BudgetExceededException budgetExceeded(
                String budget, long limit, long value, String scopeName, String fingerprint, CallSite callSite);

        ScopeStoppedException scopeStopped(String scopeName, String reason, CallSite callSite);

        Finding finding(FindingBuilder b);

        long findingIdHash(Finding f);
    }

    private static volatile Factory factory;

    private ApiAccess() {}

    /** Called once, by the public package. */
    public static void register(Factory f) {
        if (factory != null) {
            throw new IllegalStateException("the analyzer's API factory is registered already");
        }
        factory = f;
    }

    private static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                MethodHandles.lookup().ensureInitialized(Report.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot initialise " + Report.class.getName(), e);
            }
            f = factory;
        }
        return f;
    }

    /** A report without findings and without leanjdbc's own statements. */
    public static Report report(
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
            long droppedFingerprintExecutions) {
        return report(
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
                null,
                0);
    }

    /** As above, with the function that computes the findings (called at most once; null: none). */
    public static Report report(
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
            Function<? super Report, ? extends List<Finding>> detector) {
        return report(
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
                0);
    }

    /**
     * As above, with the statements leanjdbc added itself ({@link Report#internalStatements()}). Lists are
     * copied; {@code countsByKind} is indexed by {@link StatementKind} ordinal.
     */
    public static Report report(
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
        return factory()
                .report(
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

    /** The 64 bits of {@link Finding#id()}, without the text. */
    public static long findingIdHash(Finding f) {
        return factory().findingIdHash(f);
    }

    /** A copy of {@code e} marked {@link StatementEvent#recordedAgain()}. */
    public static StatementEvent recordedAgain(StatementEvent e) {
        return factory().recordedAgain(e);
    }

    /** An application statement's event on database 0. */
    public static StatementEvent statementEvent(
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
            int connectionId) {
        return statementEvent(
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
                0,
                StatementOrigin.APPLICATION);
    }

    /**
     * An event; see {@link StatementEvent}'s accessors for what each value means. {@code parameterHashes} is
     * not copied and must not be changed afterwards.
     */
    public static StatementEvent statementEvent(
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
        return factory()
                .statementEvent(
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

    /** A scope in flight holding no rows, its probes not judged ({@code stopper} null: not stoppable). */
    public static InFlightScope inFlightScope(
            String name,
            String threadName,
            Duration age,
            long statements,
            long rowsRead,
            long rowsBuffered,
            long allocatedBytes,
            String fingerprint,
            CallSite callSite,
            Statement statement,
            Consumer<String> stopper) {
        return inFlightScope(
                name,
                threadName,
                age,
                statements,
                rowsRead,
                rowsBuffered,
                allocatedBytes,
                0,
                0,
                0,
                fingerprint,
                callSite,
                statement,
                stopper);
    }

    /**
     * A scope in flight. {@code rowsHeld}: rows read from buffered results still open; {@code probesAlive} of
     * {@code probesJudged}: sampled rows still alive when judged (see {@link InFlightScope#retainedRows()}).
     */
    public static InFlightScope inFlightScope(
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
        return factory()
                .inFlightScope(
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

    public static MemoryPressure memoryPressure(
            Instant at, String pool, long usedAfterGc, long max, double threshold, List<InFlightScope> scopes) {
        return factory().memoryPressure(at, pool, usedAfterGc, max, threshold, scopes);
    }

    public static BudgetExceededException budgetExceeded(
            String budget, long limit, long value, String scopeName, String fingerprint, CallSite callSite) {
        return factory().budgetExceeded(budget, limit, value, scopeName, fingerprint, callSite);
    }

    public static ScopeStoppedException scopeStopped(String scopeName, String reason, CallSite callSite) {
        return factory().scopeStopped(scopeName, reason, callSite);
    }

    /** A finding builder: {@code fingerprint}, {@code explanation} and {@code suggestedFix} are required. */
    public static FindingBuilder finding(FindingType type, Severity severity) {
        return new FindingBuilder(type, severity);
    }

    static Finding build(FindingBuilder b) {
        return factory().finding(b);
    }
}
