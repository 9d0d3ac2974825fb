package dev.leanjdbc.spring.boot.shop;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.leanjdbc.analyzer.servlet.AnalysisFilter;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures the per-request log lines of the filter. Attach it after the application started: Boot
 * re-initializes logging at startup and drops appenders added before.
 */
final class RequestLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AnalysisFilter.LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    RequestLog() {
        appender.start();
        logger.addAppender(appender);
    }

    /** The lines so far, waiting up to 5 s for {@code atLeast} of them (the filter logs after the response). */
    List<String> lines(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        synchronized (appender) {
            return appender.list.stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
        }
    }

    private int size() {
        synchronized (appender) {
            return appender.list.size();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
