/** What the analyzer's production setup (servlet filter, budgets, meters, memory monitor) costs a request. */
package dev.leanjdbc.benchmarks.production;
