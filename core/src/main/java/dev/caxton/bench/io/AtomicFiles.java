package dev.caxton.bench.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: readers, and a process that starts after a crash, see either the
 * file as it was (or no file) or the complete new content, never a part of it.
 *
 * <p>The content goes to a temporary file in the target's folder, named {@code .<name>.<random>.tmp}
 * (so that a {@code .*.tmp} ignore rule covers it), is forced to disk, and is then renamed over the
 * target with {@link StandardCopyOption#ATOMIC_MOVE}, replacing a file that is there. Missing parent
 * folders are created. The temporary file is created with the process's usual permissions (not the
 * private {@code rw-------} of {@link Files#createTempFile}), so the new file is as readable as any
 * other the process writes. When anything fails the temporary file is removed and the target is left
 * as it was; a process killed in the middle leaves at most a stray temporary file, never a torn target.
 *
 * <pre>{@code
 * AtomicFiles.writeString(Path.of(".caxton-bench", "report.md"), markdown);
 * }</pre>
 */
public final class AtomicFiles {
    private static final int BUFFER = 1 << 16;

    private AtomicFiles() {}

    /** Writes content to a stream; what it writes becomes the file, once it returns. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces {@code target} with {@code bytes}, atomically, and returns it.
     *
     * @throws IOException when the folder or file cannot be written; the target is then unchanged
     */
    public static Path write(Path target, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        return write(target, out -> out.write(bytes));
    }

    /** Replaces {@code target} with {@code text} in UTF-8, atomically, and returns it. */
    public static Path writeString(Path target, CharSequence text) throws IOException {
        Objects.requireNonNull(text, "text");
        return write(target, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces {@code target} with a copy of {@code source}, atomically, and returns it.
     *
     * @throws IOException when {@code source} cannot be read or the target cannot be written
     */
    public static Path copy(Path source, Path target) throws IOException {
        Objects.requireNonNull(source, "source");
        return write(target, out -> Files.copy(source, out));
    }

    /**
     * Replaces {@code target} with what {@code content} writes, atomically, and returns it. When
     * {@code content} throws, nothing is replaced and its exception is thrown.
     *
     * @throws IOException when the folder or file cannot be written, or {@code content} fails
     */
    public static Path write(Path target, Content content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path tmp = folder.resolve("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            try (ch) {
                OutputStream out = new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(ch)), BUFFER);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed); // the failure of the write is the one to report
            }
            throw e;
        }
    }

    /** A stream whose {@code close} only flushes: the channel stays open until the content is forced to disk. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
