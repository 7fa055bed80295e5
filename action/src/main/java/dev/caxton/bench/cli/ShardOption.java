package dev.caxton.bench.cli;

import dev.caxton.bench.model.Shard;
import picocli.CommandLine;

/** Reads {@code --shard i/n}; a malformed value is a usage error that shows the form. */
final class ShardOption implements CommandLine.ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
        try {
            return Shard.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
