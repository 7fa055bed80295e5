package dev.caxton.bench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

import dev.caxton.bench.report.format.HumanUnits;

/**
 * One line per event, for logs: suite start, each benchmark's start, quarters of its progress, its
 * end or failure, and the suite's end.
 */
final class PlainProgress implements ProgressDisplay {
    private final PrintWriter out;
    private final ProgressState state;
    private int quartersShown;

    PlainProgress(PrintWriter out, MonotonicClock clock) {
        this.out = out;
        this.state = new ProgressState(clock);
    }

    @Override
    public synchronized void suiteStarted(String suite, String system, int benchmarks, Duration estimate) {
        state.suiteStarted(suite, system, benchmarks, estimate);
        out.println(state.suite() + " suite on " + state.system() + ": " + benchmarks
                + (benchmarks == 1 ? " benchmark" : " benchmarks") + ", about " + HumanUnits.duration(estimate));
        out.flush();
    }

    @Override
    public synchronized void benchmarkStarted(String benchmark, int index, int count, Duration estimate) {
        state.benchmarkStarted(benchmark, index, count, estimate);
        quartersShown = 0;
        out.println(prefix() + "started, about " + HumanUnits.duration(estimate));
        out.flush();
    }

    @Override
    public synchronized void benchmarkProgress(String benchmark, double fraction) {
        state.benchmarkProgress(fraction);
        int quarters = (int) Math.floor(state.benchmarkFraction() * 4);
        if (quarters > quartersShown && quarters < 4) {
            quartersShown = quarters;
            out.println(prefix() + (quarters * 25) + "%");
            out.flush();
        }
    }

    @Override
    public synchronized void benchmarkFinished(String benchmark, Optional<String> failure, Duration took) {
        state.benchmarkFinished(failure.isEmpty());
        out.println(prefix() + failure.map(f -> "FAILED after " + HumanUnits.duration(took) + ": " + firstLine(f))
                .orElseGet(() -> "done in " + HumanUnits.duration(took)));
        out.flush();
    }

    @Override
    public synchronized void suiteFinished(Duration took) {
        int done = state.count() - state.failed();
        out.println(state.suite() + " suite on " + state.system() + ": finished in " + HumanUnits.duration(took) + ", "
                + done + " done, " + state.failed() + " failed");
        out.flush();
    }

    private String prefix() {
        return "[" + state.position() + "/" + state.count() + "] " + state.benchmark() + ": ";
    }

    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return TerminalText.sanitize(line);
    }
}
