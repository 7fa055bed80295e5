package dev.caxton.bench.ab;

import java.util.List;

import dev.caxton.bench.model.Run;

/**
 * Both sides' runs, round by round ({@code baseRounds.get(i)} and {@code headRounds.get(i)} were measured back to
 * back), and the order of each round ({@code "base,head"} or {@code "head,base"}).
 */
public record AbResult(List<Run> baseRounds, List<Run> headRounds, List<String> order) {
    public AbResult {
        baseRounds = List.copyOf(baseRounds);
        headRounds = List.copyOf(headRounds);
        order = List.copyOf(order);
        if (baseRounds.size() != headRounds.size()) {
            throw new IllegalArgumentException("Each round has both sides: " + baseRounds.size() + " vs "
                    + headRounds.size());
        }
    }
}
