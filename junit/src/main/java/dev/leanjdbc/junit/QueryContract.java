package dev.leanjdbc.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records the test's statement counts — per kind and per statement shape — in a committed file, and fails
 * later runs whose counts rose. On a class it covers every test of the class; on a method it replaces the
 * class's.
 *
 * <pre>{@code
 * ./mvnw test -Dleanjdbc.contracts=update   # records every contract the run checks; commit the file
 * ./mvnw test                               # fails when a count rose, notes when one fell
 * }</pre>
 *
 * The file is {@code src/test/resources/leanjdbc-contracts.json} (another path: {@code
 * leanjdbc.contracts.file}); a test's contract is named by its class and method, a statement by its
 * fingerprint (the SQL without bind values); call sites are written for people but not matched. A rise
 * fails with the statements that changed, before → after and their call sites. Named blocks of code are
 * checked against the same file with {@link QueryContracts#contract(String, LeanAssertions.Block)}.
 *
 * <p>Registers {@link LeanJdbcExtension} by itself.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(LeanJdbcExtension.class)
public @interface QueryContract {

    /**
     * Also fail when one statement shape ran more often than recorded although its kind's count did not rise
     * (a statement replaced by another of the same kind that runs more often, say). Off by default: then only
     * the counts per kind are the contract, and the statements explain a failure.
     */
    boolean perStatement() default false;
}
