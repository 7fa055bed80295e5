package dev.caxton.bench.report.actions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Appends Markdown to the job summary file (the file named by {@code GITHUB_STEP_SUMMARY}; the caller passes
 * its path). GitHub drops a step's summary larger than 1 MiB, so the file is kept at or under {@link #MAX_BYTES}:
 * what does not fit is cut at a line end (or, for one huge line, at a character boundary) and a note says so.
 */
public final class JobSummary {
    /** GitHub's cap on one step's summary: 1 MiB. */
    public static final long MAX_BYTES = 1024 * 1024;

    private JobSummary() {}

    /** What an append wrote. */
    public record Result(long bytesWritten, boolean truncated) {}

    /**
     * Appends {@code markdown} (and a line end when it has none) to {@code file}, creating it when absent.
     *
     * @param fullReport where the whole report is, named in the truncation note; empty for none
     */
    public static Result append(Path file, String markdown, String fullReport) throws IOException {
        return append(file, markdown, fullReport, MAX_BYTES);
    }

    static Result append(Path file, String markdown, String fullReport, long maxBytes) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(fullReport, "fullReport");
        String text = markdown.endsWith("\n") ? markdown : markdown + "\n";
        long existing = Files.exists(file) ? Files.size(file) : 0;
        long room = maxBytes - existing;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean truncated = false;
        if (bytes.length > room) {
            truncated = true;
            byte[] note = note(bytes.length, fullReport).getBytes(StandardCharsets.UTF_8);
            long keep = room - note.length;
            if (keep < 0) {
                bytes = new byte[0];
            } else {
                String head = cut(text, (int) keep);
                byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
                bytes = new byte[headBytes.length + note.length];
                System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
                System.arraycopy(note, 0, bytes, headBytes.length, note.length);
            }
        }
        Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return new Result(bytes.length, truncated);
    }

    private static String note(long fullBytes, String fullReport) {
        String where = fullReport.isBlank() ? "" : " The full report is in `" + fullReport.replace("`", "'") + "`.";
        return "\n> [!WARNING]\n> This report was cut to fit GitHub's 1 MiB limit on a step summary (it has "
                + fullBytes + " bytes)." + where + "\n";
    }

    /** The longest prefix of {@code text} that encodes to at most {@code maxBytes}, ending at a line end if one fits. */
    private static String cut(String text, int maxBytes) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(maxBytes);
        encoder.encode(in, out, true);
        String prefix = text.substring(0, in.position());
        int lineEnd = prefix.lastIndexOf('\n');
        return lineEnd >= 0 ? prefix.substring(0, lineEnd + 1) : prefix;
    }
}
