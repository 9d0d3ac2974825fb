/**
 * Test support shared by every module, the benchmarks and the demo (not published): the test databases
 * ({@link dev.leanjdbc.testing.DbTest}, {@link dev.leanjdbc.testing.TestDatabase}), the sample shop schema
 * and data ({@link dev.leanjdbc.testing.ShopData}),, {@link dev.leanjdbc.testing.ForkedJvm} for memory
 * proofs in a small heap, and {@link dev.leanjdbc.testing.LatencyProxy} with {@link
 * dev.leanjdbc.testing.RoundTrips} to run against a database at a stated network round trip.
 */
package dev.leanjdbc.testing;
