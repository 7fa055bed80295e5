package dev.caxton.bench.cli;

import java.io.PrintWriter;

import dev.caxton.bench.suite.ProgressListener;

/**
 * Progress of suite runs, written to stderr: a single updating status line on a terminal, one
 * line per event elsewhere (CI logs), or nothing.
 */
interface ProgressDisplay extends ProgressListener {
    ProgressDisplay NONE = new ProgressDisplay() {};

    /** Redraws time-dependent parts; called about twice a second on terminals. */
    default void tick() {}

    /** Clears whatever is still drawn. */
    default void finish() {}

    /** The kind of display for a stream. */
    enum Mode { TERMINAL, PLAIN, NONE }

    static ProgressDisplay create(Mode mode, PrintWriter err, Style style, MonotonicClock clock, int columns) {
        return switch (mode) {
            case TERMINAL -> new TerminalProgress(err, style, clock, columns);
            case PLAIN -> new PlainProgress(err, clock);
            case NONE -> NONE;
        };
    }
}
