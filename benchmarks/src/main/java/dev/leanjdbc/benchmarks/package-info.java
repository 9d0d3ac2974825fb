/**
 * JMH benchmarks: every performance claim of leanjdbc, measured beside its alternatives in one run.
 */
package dev.leanjdbc.benchmarks;
