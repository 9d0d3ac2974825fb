package dev.leanjdbc.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which statements count for a test, overriding the suite settings {@code leanjdbc.junit.scope.phases}
 * and {@code leanjdbc.junit.scope.threads}. On a method it replaces one on the class.
 *
 * <p>Default: {@link Phases#TEST_METHOD} and {@link Threads#ATTACHED} — the test method body on the test
 * thread, plus threads the test attached to its scope ({@code scope.wrap(task)} with the {@link
 * dev.leanjdbc.analyzer.AnalysisScope} parameter). Fixtures in {@code @BeforeEach}/{@code @AfterEach} and
 * statements of other tests running in parallel never count.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface QueryScope {

    Phases phases() default Phases.TEST_METHOD;

    Threads threads() default Threads.ATTACHED;

    /** Which parts of a test's life count. */
    enum Phases {
        /** Only the test method body (from {@code BeforeTestExecutionCallback} to {@code AfterTestExecutionCallback}). */
        TEST_METHOD,
        /** The test method and its {@code @BeforeEach} / {@code @AfterEach} methods. */
        WITH_LIFECYCLE
    }

    /** Whose statements count. */
    enum Threads {
        /** The test thread and the threads attached to the test's scope: exact under parallel execution. */
        ATTACHED,
        /**
         * Every thread while the test runs (e.g. an application's own executors). Under parallel execution
         * this also counts statements of tests running at the same time: use it in tests that do not run
         * concurrently with others ({@code @Execution(SAME_THREAD)} and {@code @Isolated}).
         */
        ALL
    }
}
