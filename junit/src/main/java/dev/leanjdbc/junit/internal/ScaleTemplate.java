package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.junit.ConstantQueries;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The runs of a {@link ConstantQueries} test: one invocation per size, smallest first, with the size as the
 * {@code int} parameter; the reports of the invocations are kept on the template and compared when the
 * last one ends ({@link #check}).
 */
public final class ScaleTemplate implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ScaleTemplate.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return annotation(context).isPresent();
    }

    private static Optional<ConstantQueries> annotation(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getTestMethod(), ConstantQueries.class);
    }

    /** The sizes, sorted and distinct; fewer than two is an error that names the method. */
    static int[] sizes(ExtensionContext context, ConstantQueries a) {
        int[] sorted = Arrays.stream(a.value()).sorted().distinct().toArray();
        if (sorted.length < 2) {
            throw new IllegalArgumentException("@ConstantQueries needs at least two different sizes, was "
                    + Arrays.toString(a.value()) + " on " + context.getRequiredTestMethod());
        }
        return sorted;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        int[] sizes = sizes(context, annotation(context).orElseThrow());
        context.getStore(NS).put(Runs.class, new Runs(sizes));
        return Arrays.stream(sizes).mapToObj(ScaleTemplate::invocation);
    }

    private static TestTemplateInvocationContext invocation(int n) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "n = " + n;
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Size(n));
            }
        };
    }

    /** Resolves the {@code int} (or {@code Integer}) parameters of the test and its lifecycle methods to n. */
    private record Size(int n) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext context) {
            Class<?> type = p.getParameter().getType();
            return type == int.class || type == Integer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext context) {
            return n;
        }
    }

    /** The reports of the invocations so far, by size index. */
    private static final class Runs {
        final int[] sizes;
        final List<Report> reports = new ArrayList<>();
        boolean broken;

        Runs(int[] sizes) {
            this.sizes = sizes;
        }
    }

    /**
     * Called by the extension when an invocation's recording ends: keeps its report and, after the last size,
     * returns the failure of the comparison (null when the statements did not grow, and for other tests).
     */
    public static String check(ExtensionContext context, Report report) {
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty() || !AnnotationSupport.isAnnotated(method, ConstantQueries.class)) {
            return null;
        }
        Runs runs = context.getParent()
                .map(p -> p.getStore(NS).get(Runs.class, Runs.class))
                .orElse(null);
        if (runs == null) {
            return null;
        }
        synchronized (runs) {
            // a run that failed by itself says little about the counts: no comparison then
            runs.broken |= context.getExecutionException().isPresent();
            runs.reports.add(report);
            if (runs.reports.size() < runs.sizes.length || runs.broken) {
                return null;
            }
            ConstantQueries a = annotation(context).orElseThrow();
            return ScaleCheck.constant(runs.sizes, runs.reports, a.allowing(), "test", "@ConstantQueries");
        }
    }
}
