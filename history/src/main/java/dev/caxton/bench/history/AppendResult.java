package dev.caxton.bench.history;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What an append did: the file, the rows and bytes written, and the repair of a tail left by an
 * earlier writer that stopped in the middle (its bytes were removed before the new rows went in).
 */
public record AppendResult(Path file, int rowsWritten, long bytesWritten, Optional<TailRepair> repair) {
    public AppendResult {
        repair = repair == null ? Optional.empty() : repair;
    }

    /** Bytes removed from the end of the file and a description of what they held. */
    public record TailRepair(long bytesRemoved, String description) {}
}
