/** The runnable demo of leanjdbc on the sample shop ({@code ./demo}). */
package dev.leanjdbc.examples;
