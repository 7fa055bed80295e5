package dev.caxton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * What {@code package} builds for implementers: the main jar, the test-jar with the contract kits, and
 * the sources of both, each jar with its own {@code Automatic-Module-Name}. Runs after {@code package}
 * (failsafe), on the files in {@code target/}.
 */
class LibraryArtifactsIT {
    /** {@code target/<artifactId>-<version>}: the files are this plus {@code .jar}, {@code -tests.jar}, ... */
    private static final String BASE = System.getProperty("caxton.bench.artifacts", "");

    private static Path artifact(String suffix) {
        assertThat(BASE).as("system property caxton.bench.artifacts (set by core's pom)").isNotEmpty();
        Path p = Path.of(BASE + suffix);
        assertThat(p).as("artifact %s", p.getFileName()).isRegularFile();
        return p;
    }

    private static String moduleName(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        }
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.stream().map(e -> e.getName()).toList();
        }
    }

    @Test
    void theTestJarHasAModuleNameOfItsOwn() throws IOException {
        assertThat(moduleName(artifact(".jar"))).isEqualTo("dev.caxton.bench.core");
        assertThat(moduleName(artifact("-tests.jar"))).isEqualTo("dev.caxton.bench.core.test");
    }

    @Test
    void theTestJarHoldsTheKitsAndRegistersNoTestOnlySuiteOrSystem() throws IOException {
        List<String> entries = entries(artifact("-tests.jar"));
        assertThat(entries).contains("dev/caxton/bench/agent/AgentSystemContract.class",
                "dev/caxton/bench/suite/SuiteContract.class");
        assertThat(entries).noneMatch(e -> e.startsWith("META-INF/services/dev."));
    }

    @Test
    void sourcesAreBuiltForTheLibraryAndItsKits() throws IOException {
        assertThat(entries(artifact("-sources.jar"))).contains("dev/caxton/bench/agent/AgentSystem.java",
                "dev/caxton/bench/agent/AgentStoppedException.java");
        assertThat(entries(artifact("-test-sources.jar"))).contains("dev/caxton/bench/agent/AgentSystemContract.java",
                "dev/caxton/bench/suite/SuiteContract.java");
        assertThat(Files.size(artifact("-sources.jar"))).isPositive();
    }
}
