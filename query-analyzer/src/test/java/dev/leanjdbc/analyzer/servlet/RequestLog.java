package dev.leanjdbc.analyzer.servlet;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures the filter's request lines (logback in tests). */
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
