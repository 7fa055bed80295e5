package dev.caxton.bench.importer;

import java.io.Serial;

/** Thrown inside a reader: what is wrong at which position; the caller adds the file. */
final class FormatError extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String position;

    FormatError(String position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    /**
     * Builds a model value from what was read at {@code position}; a value the model refuses (a name
     * against {@link dev.caxton.bench.model.Names}'s rule, for one) becomes an error at that position.
     */
    static <T> T at(String position, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new FormatError(position, e.getMessage());
        }
    }

    /** Empty for a problem of the whole file. */
    String position() {
        return position;
    }
}
