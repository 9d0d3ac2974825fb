package dev.leanjdbc.analyzer.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Linear time, proven by counting work instead of timing it: the shaper counts every character inspection of
 * its lexer and every character it writes or compares. For inputs built to provoke rescanning, ten times the
 * input must cost about ten times the steps, and never more than eight steps per input character.
 */
class SqlShapeLinearTimeTest {
    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;

    static Stream<Arguments> adversarialInputs() {
        return Stream.of(
                input("quotes", n -> repeat("'", n)),
                input("escaped quotes in an unterminated string", n -> "'" + repeat("''", n)),
                input("unterminated strings", n -> repeat("a'b", n)),
                input("backslashes in E strings", n -> "E'" + repeat("\\'", n)),
                input("double quotes", n -> repeat("\"", n)),
                input("nested comment openers", n -> repeat("/*", n)),
                input("comment openers and closers", n -> repeat("/* */*", n)),
                input("line comments", n -> repeat("--\n", n)),
                input("dollar tags", n -> repeat("$a$", n)),
                input("dollar near-misses", n -> "$abcdefgh$" + repeat("$abcdefg", n)),
                input("long dollar tag", n -> "$" + repeat("t", n / 2) + "$" + repeat("$" + "t", n / 4)),
                input("lone dollars", n -> repeat("$ ", n)),
                input("positional parameters", n -> repeat("$1", n)),
                input("question marks", n -> repeat("?", n)),
                input("sign runs", n -> "a" + repeat("+-", n)),
                input("operator runs", n -> "a" + repeat("<=-", n)),
                input("open parentheses", n -> repeat("(", n)),
                input("unclosed IN list", n -> "select * from t where a in (" + repeat("1, ", n)),
                input("IN list of expressions", n -> "select * from t where a in (" + repeat("1, ", n) + "x)"),
                input("VALUES rows", n -> "insert into t values " + repeat("(1, 'a'), ", n) + "(2, 'b')"),
                input("different VALUES rows", n -> "insert into t values (1)" + repeat(", (1, 2)", n)),
                input("nested VALUES rows", n -> "values " + repeat("((", n)),
                input("WITH clauses", n -> "with " + repeat("a as (select 1), ", n) + "select 1"),
                input("EXPLAIN options", n -> "explain (" + repeat("analyze false, ", n) + ")"),
                input("numbers", n -> "select " + repeat("1.5e-3,", n)),
                input("keywords", n -> repeat("SELECT FROM WHERE IN ", n)),
                input("unicode identifiers", n -> repeat("ü𝄞\u212A ", n)),
                input("random garbage", SqlShapeLinearTimeTest::garbage));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialInputs")
    @Timeout(60) // a quadratic regression would otherwise hang the build: 1 MB squared is 10^12 steps
    void tenTimesTheInputIsAboutTenTimesTheWork(String name, IntFunction<String> generator) {
        String small = generator.apply(SMALL);
        String large = generator.apply(LARGE);

        long smallSteps = SqlShaper.steps(small, SqlShape.MAX_FINGERPRINT_LENGTH);
        long largeSteps = SqlShaper.steps(large, SqlShape.MAX_FINGERPRINT_LENGTH);

        double inputRatio = (double) large.length() / small.length();
        double workRatio = (double) largeSteps / smallSteps;
        assertThat(workRatio)
                .as("work ratio for input ratio %.2f", inputRatio)
                .isBetween(inputRatio * 0.8, inputRatio * 1.25);
        assertThat(largeSteps).as("steps per char").isLessThanOrEqualTo(8L * large.length());
        assertThat(SqlShape.of(large).fingerprint()).hasSizeLessThanOrEqualTo(SqlShape.MAX_FINGERPRINT_LENGTH);
    }

    private static Arguments input(String name, IntFunction<String> generator) {
        return Arguments.of(name, generator);
    }

    /** About {@code chars} characters of {@code unit} repeated. */
    private static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    private static String garbage(int chars) {
        SplittableRandom random = new SplittableRandom(chars);
        String alphabet = "'\"`$/*-+()[]{},;.:?\\\n aE1é𝄞";
        StringBuilder out = new StringBuilder(chars);
        while (out.length() < chars) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
