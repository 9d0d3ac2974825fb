package dev.leanjdbc.analyzer;

/** What a {@link MemoryPressureMonitor} does itself when it decides the heap is under pressure. */
public enum PressureAction {
    /** Logs the report (at most once per interval) and calls the callbacks; stops nothing. The default. */
    LOG,
    /**
     * Also {@linkplain InFlightScope#stop(String) stops} the {@linkplain MemoryPressure#culprit() culprit}: the
     * scope with the most rows retained, if any scope shows retained rows. On every decision, never throttled.
     */
    STOP
}
