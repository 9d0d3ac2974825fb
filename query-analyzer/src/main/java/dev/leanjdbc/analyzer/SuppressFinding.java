package dev.leanjdbc.analyzer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a finding of one type as accepted for the statements run by the annotated application method (or
 * by every method of the annotated class). Suppressed findings stay in reports, marked suppressed with the
 * reason, so the decision stays visible.
 *
 * <pre>{@code
 * @SuppressFinding(type = FindingType.N_PLUS_ONE, reason = "at most 3 warehouses, cached")
 * List<Stock> stockPerWarehouse() { ... }
 * }</pre>
 *
 * <p>The method is the one of the finding's {@link CallSite}: the first application frame that ran the
 * statement (for a lambda, the method that declares it). Overloads are not told apart: an annotation on any
 * method of that name counts.
 *
 * <p><b>Performance.</b> Annotations are looked up with reflection only when a scope's findings are computed,
 * once per call-site method, and the answers are kept in a bounded cache; nothing is looked up while
 * statements run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
@Repeatable(SuppressFinding.List.class)
public @interface SuppressFinding {

    /** The type of finding to suppress. */
    FindingType type();

    /** Why the finding is acceptable here; shown in reports. */
    String reason();

    /** Container for repeated {@link SuppressFinding} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
    @interface List {
        SuppressFinding[] value();
    }
}
