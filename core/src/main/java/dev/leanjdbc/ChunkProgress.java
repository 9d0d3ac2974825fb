package dev.leanjdbc;

/** Told after each committed chunk how far a keyset-chunked iteration has got. */
@FunctionalInterface
public interface ChunkProgress {

    ChunkProgress NONE = (rowsDone, estimatedTotal) -> {};

    /**
     * @param rowsDone rows handled and committed so far in this run
     * @param estimatedTotal the estimate taken at the start (see {@link ChunkOptions.Estimate}), or -1 when
     *     unknown
     */
    void chunkDone(long rowsDone, long estimatedTotal);
}
