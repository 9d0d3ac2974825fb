package dev.leanjdbc.analyzer.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import java.util.concurrent.TimeUnit;

/** A recording span whose every write throws: a broken tracing backend, as the analyzer sees it. */
final class ThrowingSpan implements Span {

    private final Span real;

    ThrowingSpan(Span real) {
        this.real = real;
    }

    @Override
    public <T> Span setAttribute(AttributeKey<T> key, T value) {
        throw new IllegalStateException("tracing backend down");
    }

    @Override
    public Span addEvent(String name, Attributes attributes) {
        throw new IllegalStateException("tracing backend down");
    }

    @Override
    public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
        throw new IllegalStateException("tracing backend down");
    }

    @Override
    public Span setStatus(StatusCode statusCode, String description) {
        return this;
    }

    @Override
    public Span recordException(Throwable exception, Attributes additionalAttributes) {
        return this;
    }

    @Override
    public Span updateName(String name) {
        return this;
    }

    @Override
    public void end() {
        real.end();
    }

    @Override
    public void end(long timestamp, TimeUnit unit) {
        real.end(timestamp, unit);
    }

    @Override
    public SpanContext getSpanContext() {
        return real.getSpanContext();
    }

    @Override
    public boolean isRecording() {
        return true;
    }
}
