package dev.caxton.bench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import dev.caxton.bench.report.format.HumanUnits;

/**
 * A single status line redrawn in place with {@code \r} (what runs, benchmark i/n, percent, elapsed
 * and estimated time left), above which each finished benchmark leaves one line.
 */
final class TerminalProgress implements ProgressDisplay {
    private static final String CLEAR_TO_END = "\u001B[K";
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final Style style;
    private final MonotonicClock clock;
    private final int columns;
    private final ProgressState state;
    private boolean running;
    private boolean drawn;
    private long lastDraw = Long.MIN_VALUE;

    TerminalProgress(PrintWriter out, Style style, MonotonicClock clock, int columns) {
        this.out = out;
        this.style = style;
        this.clock = clock;
        this.columns = Math.max(20, columns);
        this.state = new ProgressState(clock);
    }

    @Override
    public synchronized void suiteStarted(String suite, String system, int benchmarks, Duration estimate) {
        state.suiteStarted(suite, system, benchmarks, estimate);
        running = true;
        clear();
        out.println(style.bold(state.suite() + " suite on " + state.system()) + style.dim(" · " + benchmarks
                + (benchmarks == 1 ? " benchmark" : " benchmarks") + ", about " + HumanUnits.duration(estimate)));
        draw();
    }

    @Override
    public synchronized void benchmarkStarted(String benchmark, int index, int count, Duration estimate) {
        state.benchmarkStarted(benchmark, index, count, estimate);
        draw();
    }

    @Override
    public synchronized void benchmarkProgress(String benchmark, double fraction) {
        state.benchmarkProgress(fraction);
        if (clock.nanos() - lastDraw >= REDRAW_NANOS) {
            draw();
        }
    }

    @Override
    public synchronized void benchmarkFinished(String benchmark, Optional<String> failure, Duration took) {
        clear();
        String name = TerminalText.sanitize(benchmark);
        String line = failure.map(f -> "  " + style.red("✗ " + name) + " failed after " + HumanUnits.duration(took) + ": "
                        + PlainProgress.firstLine(f))
                .orElseGet(() -> "  " + style.green("✓") + " " + name + style.dim(" " + HumanUnits.duration(took)));
        out.println(line);
        state.benchmarkFinished(failure.isEmpty());
        draw();
    }

    @Override
    public synchronized void suiteFinished(Duration took) {
        running = false;
        clear();
        int done = state.count() - state.failed();
        String failed = state.failed() == 0 ? "" : ", " + style.red(state.failed() + " failed");
        out.println(style.bold(state.suite() + " suite on " + state.system()) + " finished in "
                + HumanUnits.duration(took) + ": " + done + " done" + failed);
        out.flush();
    }

    @Override
    public synchronized void tick() {
        if (running) {
            draw();
        }
    }

    @Override
    public synchronized void finish() {
        running = false;
        clear();
    }

    /** The status line without colours, cut to the terminal's width. */
    synchronized String statusLine() {
        String head = "▶ " + state.system() + " [" + state.position() + "/" + state.count() + "] " + state.benchmark();
        String tail = String.format(Locale.ROOT, " %3d%%  elapsed %s  left ~%s", Math.round(state.fraction() * 100),
                HumanUnits.clock(state.elapsed()), HumanUnits.clock(state.left()));
        int room = columns - 1 - TerminalText.width(tail);
        return TerminalText.truncate(TerminalText.truncate(head, Math.max(10, room)) + tail, columns - 1);
    }

    private void draw() {
        if (!running) {
            return;
        }
        String line = statusLine();
        int split = line.indexOf("  elapsed");
        String shown = split < 0 ? style.cyan(line)
                : style.cyan(line.substring(0, split)) + style.dim(line.substring(split));
        out.print("\r" + shown + CLEAR_TO_END);
        out.flush();
        drawn = true;
        lastDraw = clock.nanos();
    }

    private void clear() {
        if (drawn) {
            out.print("\r" + CLEAR_TO_END);
            drawn = false;
        }
    }
}
