package dev.leanjdbc.internal;

import dev.leanjdbc.ChunkFailedException;
import dev.leanjdbc.InvalidRowException;
import dev.leanjdbc.Lean;
import dev.leanjdbc.StreamingUnavailableException;
import dev.leanjdbc.UnloadedColumnException;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * Makes the exceptions leanjdbc throws, whose constructors are package-private: users catch them and read
 * their accessors, never make them, so a field can be added without breaking anyone. The public package
 * hands its factory over when {@link Lean} is initialised, which the first call here forces.
 */
public final class ApiAccess {

    /** Implemented in the public package, where the constructors are visible. */
    public interface Factory {

        ChunkFailedException chunkFailed(
                String message, long chunk, long rowsCommitted, Object lastCommittedKey, Throwable cause);

        InvalidRowException invalidRow(int rowIndex, String column, String problem);

        UnloadedColumnException unloadedColumn(String table, String column, List<String> loaded, String fetchedAt);

        StreamingUnavailableException streamingUnavailable(String message);
    }

    private static volatile Factory factory;

    private ApiAccess() {}

    /** Called once, by the public package. */
    public static void register(Factory f) {
        if (factory != null) {
            throw new IllegalStateException("the core's API factory is registered already");
        }
        factory = f;
    }

    private static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                MethodHandles.lookup().ensureInitialized(Lean.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot initialise " + Lean.class.getName(), e);
            }
            f = factory;
        }
        return f;
    }

    /** See {@link ChunkFailedException}'s accessors; {@code lastCommittedKey} null for inserts and updates. */
    public static ChunkFailedException chunkFailed(
            String message, long chunk, long rowsCommitted, Object lastCommittedKey, Throwable cause) {
        return factory().chunkFailed(message, chunk, rowsCommitted, lastCommittedKey, cause);
    }

    /** {@code row <rowIndex>, column <column>: <problem> (nothing was written)}. */
    public static InvalidRowException invalidRow(int rowIndex, String column, String problem) {
        return factory().invalidRow(rowIndex, column, problem);
    }

    public static UnloadedColumnException unloadedColumn(
            String table, String column, List<String> loaded, String fetchedAt) {
        return factory().unloadedColumn(table, column, loaded, fetchedAt);
    }

    public static StreamingUnavailableException streamingUnavailable(String message) {
        return factory().streamingUnavailable(message);
    }
}
