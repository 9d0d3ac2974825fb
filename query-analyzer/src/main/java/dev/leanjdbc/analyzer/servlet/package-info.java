/**
 * A servlet filter that gives every HTTP request its own analysis scope and one log line; needs {@code
 * jakarta.servlet-api} 6 on the class path (an optional dependency of the analyzer).
 */
package dev.leanjdbc.analyzer.servlet;
