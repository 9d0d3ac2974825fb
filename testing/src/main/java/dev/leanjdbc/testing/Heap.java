package dev.leanjdbc.testing;

import java.lang.management.ManagementFactory;

/** Heap measurements for the memory claims proven in forked JVMs (see {@link ForkedJvm}). */
public final class Heap {

    private Heap() {}

    /**
     * The heap in use after asking for full collections a few times, pausing between them so that
     * concurrent collectors and reference processing finish: what the program still holds, not its garbage.
     */
    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
