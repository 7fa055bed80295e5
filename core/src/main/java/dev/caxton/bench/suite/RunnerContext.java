package dev.caxton.bench.suite;

import java.util.ArrayList;
import java.util.List;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemProvider;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;

/**
 * The context the {@link SuiteRunner} gives one benchmark: it remembers the systems created so that the
 * runner can close what a timed-out benchmark left open, and holds the progress fraction for the runner
 * to relay from its own thread.
 */
final class RunnerContext implements BenchmarkContext {
    private final String suite;
    private final String benchmark;
    private final Profile profile;
    private final AgentSystemProvider provider;
    private final AgentSystemConfig config;
    private final List<AgentSystem> systems = new ArrayList<>();
    private volatile boolean cancelled;
    private volatile double fraction;

    RunnerContext(String suite, String benchmark, Profile profile, AgentSystemProvider provider, AgentSystemConfig config) {
        this.suite = suite;
        this.benchmark = benchmark;
        this.profile = profile;
        this.provider = provider;
        this.config = config;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public String suite() {
        return suite;
    }

    @Override
    public AgentSystem newSystem() {
        if (cancelled) {
            throw new java.util.concurrent.CancellationException(benchmark + " was cancelled");
        }
        AgentSystem s = provider.create(config);
        synchronized (systems) {
            systems.add(s);
        }
        return s;
    }

    @Override
    public MetricId metric(String metric) {
        return MetricId.of(suite, benchmark, metric);
    }

    @Override
    public void progress(double f) {
        if (f > fraction) {
            fraction = Math.min(1.0, f);
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    double fraction() {
        return fraction;
    }

    void cancel() {
        cancelled = true;
    }

    /** Closes, on a daemon thread, the systems a cancelled benchmark created; a close that hangs is left behind. */
    void closeLeftovers() {
        List<AgentSystem> open;
        synchronized (systems) {
            open = List.copyOf(systems);
        }
        if (open.isEmpty()) {
            return;
        }
        Thread closer = new Thread(() -> {
            for (AgentSystem s : open) {
                try {
                    s.close();
                } catch (RuntimeException ignoredAfterTimeout) {
                    // The benchmark already failed with its time limit; a second close error adds nothing.
                }
            }
        }, "caxton-bench-close-" + benchmark);
        closer.setDaemon(true);
        closer.start();
    }
}
