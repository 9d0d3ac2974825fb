/**
 * leanjdbc core: a facade on jOOQ for database access that is cheap in memory and round-trips.
 */
package dev.leanjdbc;
