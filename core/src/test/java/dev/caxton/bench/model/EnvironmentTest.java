package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void detectsThisMachineAndJvm() {
        Environment env = Environment.detect();

        assertThat(env.cpuModel()).isNotBlank();
        assertThat(env.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(env.memoryBytes()).isGreaterThan(Runtime.getRuntime().maxMemory() / 2);
        assertThat(env.os()).contains(System.getProperty("os.name"), System.getProperty("os.arch"));
        assertThat(env.jvmVendor()).contains(System.getProperty("java.vendor"));
        assertThat(env.jvmVersion()).startsWith(Integer.toString(Runtime.version().feature()));
        assertThat(env.jvmFlags()).isSorted();
        // the test JVM runs with surefire's -Xmx1g (parent POM); the agent-loading flag does not count
        assertThat(env.jvmFlags()).contains("-Xmx1g").doesNotContain("-XX:+EnableDynamicAgentLoading");
    }

    @Test
    void detectionIsDeterministic() {
        assertThat(Environment.detect()).isEqualTo(Environment.detect());
        assertThat(Environment.detect().fingerprint()).isEqualTo(Environment.detect().fingerprint()).hasSize(12);
    }

    @Test
    void keepsOnlyFlagsThatChangePerformanceSortedWithTheLastOfEachNameWinning() {
        List<String> args = List.of(
                "-Xmx512m", "-Xms256m", "-Xss1m", "-Xmx2g",
                "-XX:+UseG1GC", "-XX:-UseCompressedOops", "-XX:MaxRAMPercentage=75.0", "-XX:TieredStopAtLevel=1",
                "-XX:+AlwaysPreTouch", "-XX:ActiveProcessorCount=2", "-XX:+UseZGC", "-XX:+ZGenerational",
                "-XX:+UseG1GC",
                "-javaagent:/home/me/.m2/jacoco.jar=destfile=/tmp/x", "-agentlib:jdwp=transport=dt_socket",
                "-Dapi.token=s3cret", "-Dfile.encoding=UTF-8",
                "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=/var/dumps", "-XX:ErrorFile=err.log",
                "-XX:+PrintGCDetails", "-Xlog:gc*:file=gc.log", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+EnableDynamicAgentLoading", "-XX:Flags=.hotspotrc", "-XX:CompileCommand=exclude,Foo.bar",
                "-XX:+UseG1GC=oops", "-XX:MaxRAMPercentage", "-ea", "-Xshare:off", "-Xint");

        assertThat(EnvironmentProbe.relevantFlags(args)).containsExactly(
                "-XX:+AlwaysPreTouch", "-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+ZGenerational",
                "-XX:-UseCompressedOops", "-XX:ActiveProcessorCount=2", "-XX:MaxRAMPercentage=75.0",
                "-XX:TieredStopAtLevel=1", "-Xint", "-Xms256m", "-Xmx2g", "-Xshare:off", "-Xss1m");
    }

    @Test
    void readsTheCpuModelOfX86AndArmCpuinfo() {
        List<String> x86 = List.of("processor\t: 0", "vendor_id\t: GenuineIntel",
                "model name\t: Intel(R) Xeon(R)   CPU @ 2.20GHz", "", "processor\t: 1",
                "model name\t: Intel(R) Xeon(R) CPU @ 2.20GHz");
        List<String> arm = List.of("processor\t: 0", "BogoMIPS\t: 48.00", "CPU part\t: 0xd0c",
                "Hardware\t: BCM2835");

        assertThat(EnvironmentProbe.cpuModel(x86)).contains("Intel(R) Xeon(R) CPU @ 2.20GHz");
        assertThat(EnvironmentProbe.cpuModel(arm)).contains("BCM2835");
        assertThat(EnvironmentProbe.cpuModel(List.of("processor : 0"))).isEmpty();
    }

    @Test
    void readsTotalMemoryFromMeminfo() {
        assertThat(EnvironmentProbe.memTotalBytes(List.of("MemTotal:        8146816 kB", "MemFree: 1 kB")))
                .contains(8146816L * 1024);
        assertThat(EnvironmentProbe.memTotalBytes(List.of("MemFree: 1 kB"))).isEmpty();
    }
}
