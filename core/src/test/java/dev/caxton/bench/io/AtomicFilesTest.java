package dev.caxton.bench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeContentAndCreatesMissingFolders() throws IOException {
        Path target = dir.resolve("a/b/c/report.md");

        Path written = AtomicFiles.writeString(target, "# Report\nünïcødé ✓\n");

        assertThat(written).isEqualTo(target);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("# Report\nünïcødé ✓\n");
        assertThat(names(target.getParent())).containsExactly("report.md");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("run.json");
        Files.writeString(target, "old content that is longer than the new one");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("run.json");
    }

    @Test
    void aFailureInTheMiddleLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("history.csv");
        Files.writeString(target, "the old history\n");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[200_000]); // past the buffer: part of it is in the temporary file
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("the old history\n");
        assertThat(names(dir)).containsExactly("history.csv");
    }

    @Test
    void aFailureInTheMiddleOfANewFileLeavesNoFile() {
        Path target = dir.resolve("new.hlog");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new UncheckedIOException(new IOException("no room"));
        })).isInstanceOf(UncheckedIOException.class);

        assertThat(target).doesNotExist();
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void contentThatClosesTheStreamIsStillWrittenWhole() throws IOException {
        Path target = dir.resolve("page.html");

        AtomicFiles.write(target, out -> {
            try (out) {
                out.write("<html>".getBytes(StandardCharsets.UTF_8));
            }
        });

        assertThat(Files.readString(target)).isEqualTo("<html>");
    }

    @Test
    void copiesAFileOverAnother() throws IOException {
        Path source = dir.resolve("from/x.hlog");
        Files.createDirectories(source.getParent());
        Files.write(source, new byte[] {1, 2, 3, 0, (byte) 0xFF});
        Path target = dir.resolve("to/x.hlog");

        AtomicFiles.copy(source, target);

        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3, 0, 0xFF);
    }

    @Test
    void theNewFileIsNotPrivateLikeATemporaryFile() throws IOException {
        Path target = dir.resolve("dashboard.html");
        AtomicFiles.writeString(target, "x");
        if (Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            // a temporary file of Files.createTempFile would be rw------- whatever the umask
            assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OWNER_READ)
                    .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))));
        }
    }

    @Test
    void aWriterKilledInTheMiddleLeavesTheOldContentWhole() throws Exception {
        Path target = dir.resolve("history.csv");
        Files.writeString(target, "acknowledged\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                KilledWriter.class.getName(), target.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing"); // half of the new content is on its way to the disk
            p.destroyForcibly(); // SIGKILL: no finally block runs
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(Files.readString(target)).isEqualTo("acknowledged\n");
        List<String> left = names(dir);
        assertThat(left).contains("history.csv").hasSize(2); // and the killed writer's temporary file
        assertThat(left).anyMatch(n -> n.startsWith(".history.csv.") && n.endsWith(".tmp"));

        AtomicFiles.writeString(target, "next\n"); // the stray file is no obstacle to the next write
        assertThat(Files.readString(target)).isEqualTo("next\n");
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes half of the new content, says so, and waits to be killed. */
    static final class KilledWriter {
        private KilledWriter() {}

        public static void main(String[] args) throws IOException {
            AtomicFiles.write(Path.of(args[0]), out -> {
                out.write(new byte[300_000]);
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("not killed");
            });
        }
    }
}
