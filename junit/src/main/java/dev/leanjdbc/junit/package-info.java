/**
 * leanjdbc JUnit support: assertions on query counts and findings in a user's test suite.
 */
package dev.leanjdbc.junit;
