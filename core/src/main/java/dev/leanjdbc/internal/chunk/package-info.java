/** Keyset-chunked iteration: one short transaction per chunk, {@code key > last order by key limit n}. */
package dev.leanjdbc.internal.chunk;
