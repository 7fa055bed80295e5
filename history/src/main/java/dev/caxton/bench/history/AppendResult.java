package dev.caxton.bench.history;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What an append did: the file, the rows and bytes written, and the repair of a tail left by an
 * earlier writer that stopped in the middle (its bytes were moved to a side file before the new rows went in); {@code alreadyThere} when an
 * append that skips a run the history holds found it under the lock and wrote nothing.
 */
public record AppendResult(Path file, int rowsWritten, long bytesWritten, Optional<TailRepair> repair,
        boolean alreadyThere) {
    public AppendResult {
        repair = repair == null ? Optional.empty() : repair;
    }

    /** An append that wrote its rows (or had none to write). */
    public AppendResult(Path file, int rowsWritten, long bytesWritten, Optional<TailRepair> repair) {
        this(file, rowsWritten, bytesWritten, repair, false);
    }

    /** Bytes removed from the end of the file, a description of what they held, and the side file that holds them now. */
    public record TailRepair(long bytesRemoved, String description, Path savedTo) {}
}
