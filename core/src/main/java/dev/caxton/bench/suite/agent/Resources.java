package dev.caxton.bench.suite.agent;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;

/**
 * Reads the JVM's own accounting: used heap after garbage collection has settled, CPU time of all threads,
 * and bytes allocated by all live threads. Where the JVM cannot tell (another JVM than HotSpot or
 * OpenJ9), the readings say so with {@link UnsupportedOperationException} and the benchmark fails
 * with that cause instead of reporting numbers it did not measure.
 */
final class Resources {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Resources() {}

    /**
     * Used heap once collections stop freeing memory: {@link System#gc()} until two readings in a row
     * differ by less than 64 KiB (at most ten rounds), and the lowest reading seen.
     */
    static long settledUsedHeap() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(20);
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            lowest = Math.min(lowest, used);
            if (Math.abs(previous - used) < 64 * 1024) {
                break;
            }
            previous = used;
        }
        return lowest;
    }

    /**
     * CPU time (ns) used so far by all live Java threads: the system's workers, the benchmark's
     * producers and senders. The process clock ({@code OperatingSystemMXBean#getProcessCpuTime}) would
     * include the JVM's own native threads (GC, JIT) too, but on Linux it advances in 10 ms ticks,
     * too coarse for windows of a few milliseconds; the per-thread clocks are exact. Threads that end
     * within a window drop out of the sum, so the benchmarks keep their threads for the whole window.
     */
    static long threadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean t && t.isThreadCpuTimeSupported()) {
            if (!t.isThreadCpuTimeEnabled()) {
                t.setThreadCpuTimeEnabled(true);
            }
            long sum = 0;
            for (long nanos : t.getThreadCpuTime(t.getAllThreadIds())) {
                if (nanos > 0) {
                    sum += nanos;
                }
            }
            return sum;
        }
        throw new UnsupportedOperationException("this JVM does not report CPU time per thread "
                + "(com.sun.management.ThreadMXBean#getThreadCpuTime)");
    }

    /**
     * Bytes allocated so far by all live threads. Threads that ended in between drop out of the sum,
     * so use it across windows in which the system keeps its threads.
     */
    static long allocatedBytes() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()) {
            if (!t.isThreadAllocatedMemoryEnabled()) {
                t.setThreadAllocatedMemoryEnabled(true);
            }
            long sum = 0;
            for (long bytes : t.getThreadAllocatedBytes(t.getAllThreadIds())) {
                if (bytes > 0) {
                    sum += bytes;
                }
            }
            return sum;
        }
        throw new UnsupportedOperationException("this JVM does not report allocated bytes per thread "
                + "(com.sun.management.ThreadMXBean#getThreadAllocatedBytes)");
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
