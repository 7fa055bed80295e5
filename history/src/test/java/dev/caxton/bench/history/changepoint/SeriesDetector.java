package dev.caxton.bench.history.changepoint;

import dev.caxton.bench.model.Direction;
import java.util.List;

/** Anything scored against the synthetic corpus: our detector or a baseline rule. */
interface SeriesDetector {

    /** A detection: the index of the first changed point and whether the level went up. */
    record Detection(int index, boolean up) {}

    String name();

    List<Detection> detect(double[] values, Direction direction);

    /** Our detector, a change counted as up when its after-mean is above its before-mean. */
    static SeriesDetector of(String name, ChangePointDetector detector) {
        return new SeriesDetector() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Detection> detect(double[] values, Direction direction) {
                return detector.detect(values, direction).stream()
                        .map(c -> new Detection(c.index(), c.after() > c.before()))
                        .toList();
            }
        };
    }
}
