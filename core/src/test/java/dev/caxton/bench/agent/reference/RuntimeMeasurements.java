package dev.caxton.bench.agent.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystems;
import dev.caxton.bench.agent.Behavior;

/**
 * Throwaway self-measurements of the runtimes' hot paths, used to choose the reference runtime's data
 * structures; the benchmark suite measures them properly. Not a test. Run it as
 * {@code java -cp <test classpath> dev.caxton.bench.agent.reference.RuntimeMeasurements <system> <what> [key=value...]}
 * where {@code what} is {@code throughput}, {@code ask}, {@code open}, {@code spawn}, {@code memory} or
 * {@code restart}; {@code open} takes a comma-separated list of systems (and {@code instant}, a stand-in whose
 * asks are already answered) and alternates them in one JVM, paced like the suite's request_latency;
 * it writes one line per repetition and a median to stdout. Its options: {@code sender=spin} (the sender
 * busy-waits with {@link Thread#onSpinWait()} instead of yielding), {@code timeline=1} (prints the first
 * stalls of each repetition: which requests, the sender's lag, which worker answered).
 */
final class RuntimeMeasurements {
    /** The slots of a request's stamps in {@code open}: sent, handled, handler thread id, answered, intended. */
    private static final int SENT = 0;
    private static final int HANDLED = 1;
    private static final int HANDLER = 2;
    private static final int DONE = 3;
    private static final int INTENDED = 4;

    private RuntimeMeasurements() {}

    public static void main(String[] args) throws Exception {
        String systemName = args[0];
        String what = args[1];
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            options.put(kv[0], kv[1]);
        }
        int parallelism = Integer.parseInt(options.getOrDefault("parallelism",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        AgentSystemConfig config = new AgentSystemConfig(parallelism, options);
        switch (what) {
            case "throughput" -> throughput(systemName, config, options);
            case "ask" -> ask(systemName, config, options);
            case "open" -> open(systemName, config, options);
            case "spawn" -> spawn(systemName, config);
            case "memory" -> memory(systemName, config);
            case "restart" -> restart(systemName, config);
            case "slowdown" -> slowdown(config, options);
            default -> throw new IllegalArgumentException(what);
        }

    }

    private static AgentSystem create(String name, AgentSystemConfig config) {
        return AgentSystems.require(name.split("/")[0]).create(config);
    }

    /**
     * How {@code slowdown.percent} changes the time to route messages through 100 agents from one sender,
     * for a trivial handler and one doing about {@code work} ns of arithmetic: the percentages alternate in
     * one JVM, each the median of {@code reps} repetitions, printed as the slowdown against 0%.
     */
    static void slowdown(AgentSystemConfig config, Map<String, String> options) throws Exception {
        int reps = Integer.parseInt(options.getOrDefault("reps", "5"));
        long messages = Long.parseLong(options.getOrDefault("messages", "1000000"));
        int[] percents = {0, 5, 10, 20, 50};
        for (int work : new int[] {0, 400}) {
            Map<Integer, List<Double>> seconds = new HashMap<>();
            for (int rep = -1; rep < reps; rep++) {
                for (int pct : percents) {
                    Map<String, String> o = new HashMap<>(config.options());
                    o.put("slowdown.percent", Integer.toString(pct));
                    try (AgentSystem system = create("reference", new AgentSystemConfig(config.parallelism(), o))) {
                        CountDownLatch done = new CountDownLatch(1);
                        AtomicLong left = new AtomicLong(messages);
                        AgentRef[] refs = new AgentRef[100];
                        for (int i = 0; i < refs.length; i++) {
                            refs[i] = system.spawn(AgentSpec.of(() -> (payload, ctx) -> {
                                long x = (Long) payload;
                                for (int k = 0; k < work / 2; k++) {
                                    x = x * 6364136223846793005L + 1442695040888963407L;
                                }
                                if (left.decrementAndGet() == 0 || x == 42) {
                                    done.countDown();
                                }
                            }));
                        }
                        long t0 = System.nanoTime();
                        for (long m = 0; m < messages; m++) {
                            system.send(refs[(int) (m % refs.length)], m);
                        }
                        done.await();
                        if (rep >= 0) {
                            seconds.computeIfAbsent(pct, k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e9);
                        }
                    }
                }
            }
            double base = median(seconds.get(0));
            StringBuilder line = new StringBuilder(String.format("handler work %d ns: 0%% %.3f s", work, base));
            for (int pct : percents) {
                if (pct > 0) {
                    line.append(String.format(" | %d%%: %+.1f%%", pct, (median(seconds.get(pct)) / base - 1) * 100));
                }
            }
            System.out.println(line);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** Counts messages; opens the latch when it has seen {@code expected}. */
    static final class Sink implements Behavior {
        long seen;
        long expected;
        CountDownLatch done;

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (message instanceof CountDownLatch latch) {
                done = latch;
                return;
            }
            if (message instanceof String) {
                context.reply(message);
                return;
            }
            if (++seen == expected) {
                done.countDown();
            }
        }
    }

    static void throughput(String name, AgentSystemConfig config, Map<String, String> options) throws Exception {
        int agents = Integer.parseInt(options.getOrDefault("agents", "1000"));
        int producers = Integer.parseInt(options.getOrDefault("producers", "2"));
        long perProducer = Long.parseLong(options.getOrDefault("messages", "2000000")) / producers;
        int reps = Integer.parseInt(options.getOrDefault("reps", "8"));
        int warm = Integer.parseInt(options.getOrDefault("warmup", "3"));
        double[] rates = new double[reps];
        try (AgentSystem system = create(name, config)) {
            List<AgentRef> refs = new ArrayList<>();
            List<Sink> sinks = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                Sink s = new Sink();
                sinks.add(s);
                refs.add(system.spawn(AgentSpec.of(() -> s)));
            }
            long perAgent = perProducer * producers / agents;
            for (int rep = -warm; rep < reps; rep++) {
                CountDownLatch done = new CountDownLatch(agents);
                for (int i = 0; i < agents; i++) {
                    Sink s = sinks.get(i);
                    system.ask(refs.get(i), "reset").join(); // fence: sink state is set before the run
                    s.seen = 0;
                    s.expected = perAgent;
                    system.send(refs.get(i), done);
                }
                system.ask(refs.get(agents - 1), "sync").join();
                CountDownLatch start = new CountDownLatch(1);
                Thread[] threads = new Thread[producers];
                for (int p = 0; p < producers; p++) {
                    int offset = p * 7;
                    threads[p] = new Thread(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        int a = offset % agents;
                        for (long m = 0; m < perProducer; m++) {
                            system.send(refs.get(a), new byte[100]);
                            if (++a == agents) {
                                a = 0;
                            }
                        }
                    });
                    threads[p].start();
                }
                long t0 = System.nanoTime();
                start.countDown();
                if (!done.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("throughput run did not finish");
                }
                long t1 = System.nanoTime();
                for (Thread t : threads) {
                    t.join();
                }
                double rate = perAgent * agents / ((t1 - t0) / 1e9);
                System.out.printf("%s throughput rep %d: %.2f M msg/s%n", name, rep, rate / 1e6);
                if (rep >= 0) {
                    rates[rep] = rate;
                }
            }
        }
        Arrays.sort(rates);
        System.out.printf("%s throughput MEDIAN %.2f M msg/s (min %.2f, max %.2f)%n", name, rates[reps / 2] / 1e6,
                rates[0] / 1e6, rates[reps - 1] / 1e6);
    }

    static final class Echo implements Behavior {
        @Override
        public void onMessage(Object message, AgentContext context) {
            if (message instanceof long[] stamps) {
                stamps[1] = System.nanoTime();
                if (stamps.length > HANDLER) {
                    stamps[HANDLER] = Thread.currentThread().getId();
                }
            }
            context.reply(message);
        }
    }

    static void ask(String name, AgentSystemConfig config, Map<String, String> options) throws Exception {
        int rate = Integer.parseInt(options.getOrDefault("rate", "200000"));
        int agents = Integer.parseInt(options.getOrDefault("agents", "100"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "5"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "3"));
        try (AgentSystem system = create(name, config)) {
            List<AgentRef> refs = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                refs.add(system.spawn(AgentSpec.of(Echo::new)));
            }
            // closed loop
            for (int rep = 0; rep < reps; rep++) {
                Histogram h = new Histogram(3);
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                int a = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    system.ask(refs.get(a), "x").join();
                    h.recordValue(System.nanoTime() - t);
                    a = (a + 1) % agents;
                }
                System.out.printf("%s ask closed-loop rep %d: n=%d p50 %.1f us p99 %.1f us%n", name, rep,
                        h.getTotalCount(), h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3);
            }
            // open loop, from the intended send time
            long interval = 1_000_000_000L / rate;
            for (int rep = -1; rep < reps; rep++) {
                Recorder recorder = new Recorder(3);
                long n = (long) rate * seconds;
                AtomicLong completed = new AtomicLong();
                long t0 = System.nanoTime() + 1_000_000;
                int a = 0;
                for (long i = 0; i < n; i++) {
                    long intended = t0 + i * interval;
                    while (System.nanoTime() < intended) {
                        Thread.onSpinWait();
                    }
                    CompletableFuture<Object> f = system.ask(refs.get(a), "x");
                    f.whenComplete((v, e) -> {
                        recorder.recordValue(Math.max(0, System.nanoTime() - intended));
                        completed.incrementAndGet();
                    });
                    if (++a == agents) {
                        a = 0;
                    }
                }
                while (completed.get() < n) {
                    Thread.sleep(1);
                }
                Histogram h = recorder.getIntervalHistogram();
                System.out.printf("%s ask open-loop %d/s rep %d: p50 %.1f us p90 %.1f us p99 %.1f us p99.9 %.1f us max %.1f us%n",
                        name, rate, rep, h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3,
                        h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
            }
        }
    }

    /**
     * The suite's open loop (park while early, yield for the last 60 us), alternating the named systems
     * rep by rep in one JVM. Besides the latency from the intended send time it prints the generator's
     * own lag (actual minus intended send time) and the CPU time the system's threads used.
     */
    static void open(String names, AgentSystemConfig config, Map<String, String> options) throws Exception {
        int rate = Integer.parseInt(options.getOrDefault("rate", "200000"));
        int agents = Integer.parseInt(options.getOrDefault("agents", "100"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "2"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "5"));
        double maxForeign = Double.parseDouble(options.getOrDefault("quiet", "0.15"));
        String[] systems = names.split(",");
        boolean timeline = options.containsKey("timeline");
        boolean spinSender = options.getOrDefault("sender", "yield").equals("spin");
        Map<String, List<double[]>> results = new HashMap<>();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int rep = -1; rep < reps; rep++) {
            for (String name : systems) {
                AgentSystem system = name.equals("instant") ? null : create(name, variant(name, config));
                AgentRef[] refs = new AgentRef[agents];
                for (int i = 0; i < agents && system != null; i++) {
                    refs[i] = system.spawn(AgentSpec.of(Echo::new));
                }
                if (system != null) {
                    system.ask(refs[0], "warm").join();
                }
                Recorder recorder = new Recorder(3);
                Histogram lag = new Histogram(3);
                Histogram queued = new Histogram(3);
                Histogram replied = new Histogram(3);
                AtomicLong completed = new AtomicLong();
                long total = (long) (seconds * rate);
                long[][] line = timeline ? new long[(int) total][] : null;
                long cpu0 = otherThreadsCpu(mx);
                long[] machine0 = machineBusy();
                Map<String, long[]> switches0 = contextSwitches();
                long start = System.nanoTime() + 1_000_000;
                for (long i = 0; i < total; i++) {
                    long intended = start + i * 1_000_000_000L / rate;
                    long now;
                    while ((now = System.nanoTime()) < intended) {
                        long early = intended - now;
                        if (early > 60_000) {
                            java.util.concurrent.locks.LockSupport.parkNanos(early - 50_000);
                        } else if (spinSender) {
                            Thread.onSpinWait();
                        } else {
                            Thread.yield();
                        }
                    }
                    lag.recordValue(now - intended);
                    long[] stamps = timeline ? new long[] {System.nanoTime(), 0, 0, 0, intended} : new long[] {System.nanoTime(), 0};
                    if (timeline) {
                        line[(int) i] = stamps;
                    }
                    CompletableFuture<Object> f = system == null ? CompletableFuture.completedFuture("x")
                            : system.ask(refs[(int) (i % agents)], stamps);
                    f.whenComplete((v, e) -> {
                        long done = System.nanoTime();
                        if (stamps.length > DONE) {
                            stamps[DONE] = done;
                        }
                        recorder.recordValue(Math.max(0, done - intended));
                        if (stamps[1] != 0) {
                            synchronized (queued) {
                                queued.recordValue(Math.max(0, stamps[1] - stamps[0]));
                                replied.recordValue(Math.max(0, done - stamps[1]));
                            }
                        }
                        completed.incrementAndGet();
                    });
                }
                long sendEnd = System.nanoTime();
                while (completed.get() < total) {
                    Thread.sleep(1);
                }
                if (timeline) {
                    printTimeline(line, start);
                }
                Map<String, long[]> switches1 = contextSwitches();
                StringBuilder sw = new StringBuilder();
                switches1.forEach((thread, c) -> {
                    long[] b = switches0.getOrDefault(thread, new long[4]);
                    if (c[0] - b[0] + c[1] - b[1] > 100 || c[3] - b[3] > 1_000_000) {
                        sw.append(String.format("%n      %s v%d/nv%d run %.0f ms wait %.1f ms", thread, c[0] - b[0], c[1] - b[1],
                                (c[2] - b[2]) / 1e6, (c[3] - b[3]) / 1e6));
                    }
                });
                long cpu = otherThreadsCpu(mx) - cpu0;
                long[] machine1 = machineBusy();
                double elapsed = (System.nanoTime() - start) / 1e9;
                double foreign = ((machine1[0] - machine0[0]) / 100.0 - (machine1[1] - machine0[1]) / 1e9) / elapsed;
                if (system != null) {
                    system.close();
                }
                Histogram h = recorder.getIntervalHistogram();
                double[] r = {h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                        h.getValueAtPercentile(99.9) / 1e3, lag.getValueAtPercentile(99) / 1e3,
                        cpu / 1e6 / ((sendEnd - start) / 1e9), foreign};
                System.out.println("    threads (context switches voluntary/involuntary, time on and waiting for a CPU):" + sw);
                System.out.printf("%-10s rep %d: p50 %8.1f us p90 %8.1f us p99 %8.1f us p99.9 %8.1f us max %8.1f us"
                                + " | send lag p50 %6.1f p99 %8.1f us | other threads %5.0f ms cpu/s | foreign load %.2f cores%n",
                        name, rep, r[0], h.getValueAtPercentile(90) / 1e3, r[1], r[2], h.getMaxValue() / 1e3,
                        lag.getValueAtPercentile(50) / 1e3, r[3], r[4],
                        foreign);
                synchronized (queued) {
                    if (queued.getTotalCount() > 0) {
                        System.out.printf("           send to handled p50 %.1f p99 %.1f p99.9 %.1f us; handled to callback p50 %.1f p99 %.1f p99.9 %.1f us%n",
                                queued.getValueAtPercentile(50) / 1e3, queued.getValueAtPercentile(99) / 1e3,
                                queued.getValueAtPercentile(99.9) / 1e3, replied.getValueAtPercentile(50) / 1e3,
                                replied.getValueAtPercentile(99) / 1e3, replied.getValueAtPercentile(99.9) / 1e3);
                    }
                }
                if (rep >= 0 && foreign < maxForeign) {
                    results.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
                }
            }
        }
        for (String name : systems) {
            List<double[]> rs = results.getOrDefault(name, List.of());
            if (rs.isEmpty()) {
                System.out.println(name + " no quiet rep");
                continue;
            }
            String[] labels = {"p50", "p99", "p99.9", "lag p99", "cpu ms/s", "foreign"};
            StringBuilder line = new StringBuilder(String.format("%-10s MEDIAN of %d quiet reps:", name, rs.size()));
            for (int k = 0; k < labels.length; k++) {
                double[] col = new double[rs.size()];
                for (int j = 0; j < col.length; j++) {
                    col[j] = rs.get(j)[k];
                }
                Arrays.sort(col);
                line.append(String.format(" %s %.1f", labels[k], col[col.length / 2]));
            }
            System.out.println(line);
        }
    }

    /** Stalls: runs of requests answered more than 500 us after their intended time, and what the threads did. */
    private static void printTimeline(long[][] line, long start) {
        int i = 0;
        int shown = 0;
        while (i < line.length && shown < 6) {
            if (line[i][DONE] - line[i][INTENDED] < 500_000) {
                i++;
                continue;
            }
            int j = i;
            while (j < line.length && line[j][DONE] - line[j][INTENDED] >= 200_000) {
                j++;
            }
            long maxLag = 0;
            long maxQueue = 0;
            Map<Long, Integer> handlers = new java.util.TreeMap<>();
            long firstHandled = Long.MAX_VALUE;
            for (int k = i; k < j; k++) {
                maxLag = Math.max(maxLag, line[k][SENT] - line[k][INTENDED]);
                maxQueue = Math.max(maxQueue, line[k][HANDLED] - line[k][SENT]);
                handlers.merge(line[k][HANDLER], 1, Integer::sum);
                firstHandled = Math.min(firstHandled, line[k][HANDLED]);
            }
            long prevHandled = i > 0 ? line[i - 1][HANDLED] : 0;
            long prevTid = i > 0 ? line[i - 1][HANDLER] : 0;
            System.out.printf("      stall at %.3f ms: %d requests over %.0f us; max send lag %.0f us, max send-to-handled %.0f us;"
                            + " previous request handled by %d at %.0f us before the stall; first handled %.0f us into it, handlers %s%n",
                    (line[i][INTENDED] - start) / 1e6, j - i, (line[j - 1][INTENDED] - line[i][INTENDED]) / 1e3, maxLag / 1e3, maxQueue / 1e3,
                    prevTid, (line[i][INTENDED] - prevHandled) / 1e3, (firstHandled - line[i][INTENDED]) / 1e3, handlers);
            shown++;
            i = j;
        }
    }

    /** {@code name} may carry options of its own: {@code reference/idle.spins=1000/batch=8}. */
    private static AgentSystemConfig variant(String name, AgentSystemConfig config) {
        String[] parts = name.split("/");
        Map<String, String> options = new HashMap<>(config.options());
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            options.put(kv[0], kv[1]);
        }
        return new AgentSystemConfig(config.parallelism(), options);
    }

    /**
     * Per thread ({@code name/tid}): voluntary and involuntary context switches, and from schedstat the
     * nanoseconds on a CPU and waiting for one (runnable but not running).
     */
    private static Map<String, long[]> contextSwitches() throws java.io.IOException {
        Map<String, long[]> out = new HashMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : tasks.toList()) {
                try {
                    String name = java.nio.file.Files.readString(t.resolve("comm")).strip() + "/" + t.getFileName();
                    long[] c = new long[4];
                    for (String line : java.nio.file.Files.readAllLines(t.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            c[0] = Long.parseLong(line.split("\\s+")[1]);
                        } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                            c[1] = Long.parseLong(line.split("\\s+")[1]);
                        }
                    }
                    String[] st = java.nio.file.Files.readString(t.resolve("schedstat")).strip().split("\\s+");
                    c[2] = Long.parseLong(st[0]);
                    c[3] = Long.parseLong(st[1]);
                    out.put(name, c);
                } catch (java.io.IOException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return out;
    }

    /** Busy ticks of the whole machine (from /proc/stat) and this process's CPU nanoseconds. */
    private static long[] machineBusy() throws java.io.IOException {
        String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length; i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(f[i]);
            }
        }
        long self = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        return new long[] {busy, self};
    }

    /** CPU time of every live thread but this one, in nanoseconds. */
    private static long otherThreadsCpu(java.lang.management.ThreadMXBean mx) {
        long sum = 0;
        long self = Thread.currentThread().getId();
        for (long id : mx.getAllThreadIds()) {
            if (id != self) {
                long t = mx.getThreadCpuTime(id);
                if (t > 0) {
                    sum += t;
                }
            }
        }
        return sum;
    }

    static void spawn(String name, AgentSystemConfig config) {
        int count = 10_000;
        double[] perAgent = new double[9];
        for (int rep = -3; rep < perAgent.length; rep++) {
            try (AgentSystem system = create(name, config)) {
                AgentSpec spec = AgentSpec.of(Echo::new);
                long t0 = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    system.spawn(spec);
                }
                long t1 = System.nanoTime();
                double us = (t1 - t0) / 1e3 / count;
                System.out.printf("%s spawn 10,000 rep %d: %.3f us/agent%n", name, rep, us);
                if (rep >= 0) {
                    perAgent[rep] = us;
                }
            }
        }
        Arrays.sort(perAgent);
        System.out.printf("%s spawn MEDIAN %.3f us/agent%n", name, perAgent[perAgent.length / 2]);
    }

    static final class Idle implements Behavior {
        @Override
        public void onMessage(Object message, AgentContext context) {
            context.reply(message);
        }
    }

    static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    static void memory(String name, AgentSystemConfig config) throws Exception {
        int count = 100_000;
        for (int rep = 0; rep < 3; rep++) {
            try (AgentSystem system = create(name, config)) {
                AgentSpec spec = AgentSpec.of(Idle::new);
                system.ask(system.spawn(spec), "warm").join();
                AgentRef[] keep = new AgentRef[count]; // allocated before the baseline
                long before = usedAfterGc();
                for (int i = 0; i < count; i++) {
                    keep[i] = system.spawn(spec);
                }
                system.ask(keep[count - 1], "sync").join();
                Thread.sleep(500);
                long after = usedAfterGc();
                System.out.printf("%s memory rep %d: %.1f bytes per idle agent%n", name, rep,
                        (after - before) / (double) count);
                if (keep[0] == null) {
                    throw new AssertionError();
                }
            }
        }
    }

    /** Fails on "fail", stamping the time; the next instance stamps its first message. */
    static final class Failing implements Behavior {
        static volatile long failedAt;
        static final AtomicLong firstAfter = new AtomicLong();
        private boolean first = true;

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (first) {
                first = false;
                firstAfter.set(System.nanoTime());
            }
            if ("fail".equals(message)) {
                failedAt = System.nanoTime();
                throw new IllegalStateException("planned failure");
            }
            context.reply(message);
        }
    }

    static void restart(String name, AgentSystemConfig config) {
        try (AgentSystem system = create(name, config)) {
            AgentRef agent = system.spawn(AgentSpec.of(Failing::new));
            for (int rep = 0; rep < 3; rep++) {
                Histogram h = new Histogram(3);
                for (int i = 0; i < 20_000; i++) {
                    system.send(agent, "fail");
                    system.ask(agent, "after").join();
                    h.recordValue(Math.max(0, Failing.firstAfter.get() - Failing.failedAt));
                }
                System.out.printf("%s restart rep %d: failure to next message p50 %.2f us p99 %.2f us%n", name, rep,
                        h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3);
            }
        }
    }
}
