package dev.caxton.bench.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a suite split for a CI matrix: shard {@code index} of {@code count}, written
 * {@code index/count} and counted from 1 ({@code 2/4} is the second of four).
 *
 * <p>The partition is deterministic and depends on benchmark names only: the selected benchmarks are
 * sorted by name ({@link String#compareTo}), and the benchmark at sorted position {@code k} (from 0)
 * belongs to shard {@code k % count + 1}. So the {@code count} shards of one selection run each of its
 * benchmarks exactly once, every job of a matrix computes the same split without talking to the
 * others, and shard sizes differ by at most one. A shard may be empty when there are fewer benchmarks
 * than shards; it then runs nothing and produces an empty partial run.
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("A shard is i/n with 1 <= i <= n, got " + index + "/" + count
                    + ". Give for example --shard 1/4 ... --shard 4/4 to the four jobs of a matrix");
        }
    }

    /** Parses {@code i/n}, for example {@code 2/4}. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read the shard '" + text + "': write it as i/n, for example 2/4 "
                    + "for the second of four shards (i counts from 1)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** {@code index/count}, as run files and the history record it. */
    public String label() {
        return index + "/" + count;
    }

    /**
     * The benchmarks of {@code selected} that belong to this shard, in their given order; {@code name}
     * gives a benchmark's name (the suite's {@code Benchmark::name}).
     *
     * @throws IllegalArgumentException when two benchmarks share a name (the split would not be stable)
     */
    public <B> List<B> select(List<B> selected, Function<? super B, String> name) {
        Objects.requireNonNull(name, "name");
        List<String> byName = new ArrayList<>(selected.stream().map(name).toList());
        byName.sort(Comparator.naturalOrder());
        Set<String> mine = new HashSet<>();
        for (int k = 0; k < byName.size(); k++) {
            String n = byName.get(k);
            if (k > 0 && byName.get(k - 1).equals(n)) {
                throw new IllegalArgumentException("Two benchmarks are named '" + n + "'; a suite cannot be sharded "
                        + "unless its benchmark names are unique. Rename one of them");
            }
            if (k % count == index - 1) {
                mine.add(n);
            }
        }
        return selected.stream().filter(b -> mine.contains(name.apply(b))).toList();
    }

    @Override
    public String toString() {
        return label();
    }
}
