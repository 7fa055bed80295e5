package dev.caxton.bench.model;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the facts behind {@link Environment#detect()}; the parsing is separate so tests feed it text. */
final class EnvironmentProbe {
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final Path MEMINFO = Path.of("/proc/meminfo");

    /** -X options that change performance: heap, young generation, thread stacks, JIT mode. */
    private static final Pattern X_FLAG = Pattern.compile("-X(mx|ms|mn|ss)\\S+|-Xint|-Xcomp|-Xbatch|-Xshare:\\w+");
    /** -XX:+Name, -XX:-Name or -XX:Name=value. */
    private static final Pattern XX_FLAG = Pattern.compile("-XX:([+-]?)([A-Za-z0-9_]+)(=(.*))?");
    /** Names of -XX options about the collector, the heap, memory layout, the JIT and CPU use. */
    private static final Pattern XX_RELEVANT = Pattern.compile(
            ".*(GC|Heap|RAM|Compressed|Tiered|Compil|Inline|TLAB|NUMA|LargePage|HugePage|PreTouch|Metaspace"
                    + "|NewSize|NewRatio|SurvivorRatio|Tenuring|G1|Shenandoah|Epsilon|ActiveProcessorCount"
                    + "|ContainerSupport|JVMCI|CodeCache|StackSize|EscapeAnalysis|Vector|SuperWord|AVX|SSE"
                    + "|BiasedLocking|StringDeduplication|Intrinsic|Safepoint|Loop|Unroll|AutoBox|Occupancy"
                    + "|ParallelRefProc|Pause|BackgroundCompilation).*|Z[A-Z].*|UseZGC");
    /** Diagnostics, logging and file locations: no effect on speed, or private to the machine. */
    private static final Pattern XX_IGNORED = Pattern.compile(
            ".*(HeapDump|Print|Log|Verbose|Trace|Path|File|OnOutOfMemory|OnError|CompileCommand|CompileOnly"
                    + "|Flight|Password|Secret|Token|Key).*");

    private EnvironmentProbe() {}

    static Environment detect() {
        Runtime rt = Runtime.getRuntime();
        String arch = property("os.arch");
        String cpu = readLines(CPUINFO).flatMap(EnvironmentProbe::cpuModel)
                .orElse(arch.isEmpty() ? "unknown" : arch);
        long memory = totalMemoryBytes();
        String os = (property("os.name") + " " + property("os.version") + " " + arch).trim();
        String vendor = property("java.vendor");
        String vm = property("java.vm.name");
        if (!vm.isEmpty()) {
            vendor = vendor.isEmpty() ? vm : vendor + ", " + vm;
        }
        String version = property("java.runtime.version");
        if (version.isEmpty()) {
            version = property("java.version");
        }
        List<String> flags;
        try {
            flags = relevantFlags(ManagementFactory.getRuntimeMXBean().getInputArguments());
        } catch (SecurityException | UnsupportedOperationException e) {
            flags = List.of();
        }
        return new Environment(cpu, rt.availableProcessors(), memory, os, vendor, version, flags);
    }

    /** The first {@code model name} (x86) or {@code Hardware}/{@code Processor} (ARM) of /proc/cpuinfo. */
    static Optional<String> cpuModel(List<String> cpuinfo) {
        for (String key : List.of("model name", "hardware", "processor", "cpu model", "cpu")) {
            for (String line : cpuinfo) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim().replaceAll("\\s+", " ");
                // x86 "processor : 0" is an index, not a model
                if (name.equals(key) && !value.isEmpty() && !value.matches("\\d+")) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code MemTotal} of /proc/meminfo in bytes. */
    static Optional<Long> memTotalBytes(List<String> meminfo) {
        Pattern p = Pattern.compile("MemTotal:\\s*(\\d+)\\s*kB", Pattern.CASE_INSENSITIVE);
        for (String line : meminfo) {
            Matcher m = p.matcher(line.trim());
            if (m.matches()) {
                try {
                    return Optional.of(Math.multiplyExact(Long.parseLong(m.group(1)), 1024L));
                } catch (ArithmeticException | NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The JVM options that change performance, sorted, one per option name (the last one given wins,
     * as in the JVM): heap and stack sizes, JIT mode, and -XX options about the collector, heap,
     * memory layout, compiler and CPUs. Agents, system properties, logging, diagnostics and anything
     * holding a path are dropped, so no private path or secret reaches a run file.
     */
    static List<String> relevantFlags(List<String> inputArguments) {
        Map<String, String> byName = new TreeMap<>();
        for (String arg : inputArguments) {
            String a = arg.trim();
            if (a.contains("/") || a.contains("\\")) {
                continue;
            }
            if (X_FLAG.matcher(a).matches()) {
                String name = a.startsWith("-Xshare:") ? "-Xshare" : a.matches("-X(mx|ms|mn|ss).+") ? a.substring(0, 4) : a;
                byName.put(name, a);
                continue;
            }
            Matcher m = XX_FLAG.matcher(a);
            if (m.matches()) {
                String name = m.group(2);
                boolean bool = m.group(3) == null;
                if ((bool == m.group(1).isEmpty()) || XX_IGNORED.matcher(name).matches()
                        || !XX_RELEVANT.matcher(name).matches()) {
                    continue;
                }
                byName.put("-XX:" + name, a);
            }
        }
        return new ArrayList<>(new java.util.TreeSet<>(byName.values()));
    }

    private static long totalMemoryBytes() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                long total = os.getTotalMemorySize();
                if (total > 0) {
                    return total;
                }
            }
        } catch (LinkageError | RuntimeException e) {
            // not a HotSpot-style JVM, or jdk.management is absent: fall back to /proc/meminfo
        }
        return readLines(MEMINFO).flatMap(EnvironmentProbe::memTotalBytes).orElse(0L);
    }

    private static Optional<List<String>> readLines(Path file) {
        try {
            return Files.isReadable(file) ? Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String property(String name) {
        String v = System.getProperty(name);
        return v == null ? "" : v.trim();
    }
}
