package org.example.unlisted;

import java.util.function.Supplier;

/** A stand-in for a library no skip pattern knows: it calls back into the application. */
public final class Caller {

    private Caller() {}

    public static <T> T call(Supplier<T> work) {
        return work.get();
    }
}
