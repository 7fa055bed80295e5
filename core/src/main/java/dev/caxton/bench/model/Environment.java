package dev.caxton.bench.model;

import java.util.List;
import java.util.Objects;

/**
 * The machine and JVM a run was measured on. Two runs are comparable by default only when their
 * {@link #fingerprint()} is the same.
 */
public record Environment(String cpuModel, int cores, long memoryBytes, String os, String jvmVendor,
                          String jvmVersion, List<String> jvmFlags) {
    public Environment {
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(jvmVendor, "jvmVendor");
        Objects.requireNonNull(jvmVersion, "jvmVersion");
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** A short stable hash of every field: equal fingerprints mean the same kind of environment. */
    public String fingerprint() {
        String all = String.join("\u0000", cpuModel, Integer.toString(cores), Long.toString(memoryBytes), os,
                jvmVendor, jvmVersion, String.join("\u0001", jvmFlags));
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * The environment of this JVM: the CPU model from {@code /proc/cpuinfo} (else the architecture),
     * available processors, total physical memory in bytes (0 when unknown), OS name, version and
     * architecture, JVM vendor and VM name, the runtime version, and the JVM options that change
     * performance (heap, stack, collector, compiler; sorted; never paths, agents or properties).
     * Never fails: what cannot be read is reported as unknown.
     */
    public static Environment detect() {
        return EnvironmentProbe.detect();
    }
}
