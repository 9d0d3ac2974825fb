package dev.leanjdbc.analyzer.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Collection;
import java.util.Map;

/** An SDK with the in-memory span exporter and metric reader of {@code opentelemetry-sdk-testing}. */
final class OtelFixture implements AutoCloseable {

    final InMemorySpanExporter spans = InMemorySpanExporter.create();
    final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .setMeterProvider(
                    SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();

    /** The sum of a long counter's points whose attributes include {@code where} (all when empty). */
    static long sum(Collection<MetricData> all, String name, Map<String, String> where) {
        long total = 0;
        for (MetricData m : all) {
            if (!m.getName().equals(name)) {
                continue;
            }
            for (LongPointData p : m.getLongSumData().getPoints()) {
                boolean match = true;
                for (Map.Entry<String, String> e : where.entrySet()) {
                    match &= e.getValue().equals(p.getAttributes().get(AttributeKey.stringKey(e.getKey())));
                }
                if (match) {
                    total += p.getValue();
                }
            }
        }
        return total;
    }

    static MetricData metric(Collection<MetricData> all, String name) {
        return all.stream()
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " among " + all));
    }

    @Override
    public void close() {
        sdk.close();
    }
}
