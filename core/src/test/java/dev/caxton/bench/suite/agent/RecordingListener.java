package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.caxton.bench.suite.ProgressListener;

/** Remembers what it hears, one line per event. */
final class RecordingListener implements ProgressListener {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void benchmarkStarted(String benchmark, int index, int count, Duration estimate) {
        events.add("started " + benchmark);
    }

    @Override
    public void benchmarkFinished(String benchmark, Optional<String> failure, Duration took) {
        events.add("finished " + benchmark + " " + failure.orElse("ok") + " in " + took.toMillis() + " ms");
    }
}
