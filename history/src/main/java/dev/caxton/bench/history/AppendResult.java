package dev.caxton.bench.history;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What an append did: the file, the rows and bytes written, and the repair of a tail left by an
 * earlier writer that stopped in the middle (its bytes were moved to a side file before the new rows went in).
 */
public record AppendResult(Path file, int rowsWritten, long bytesWritten, Optional<TailRepair> repair) {
    public AppendResult {
        repair = repair == null ? Optional.empty() : repair;
    }

    /** Bytes removed from the end of the file, a description of what they held, and the side file that holds them now. */
    public record TailRepair(long bytesRemoved, String description, Path savedTo) {}
}
