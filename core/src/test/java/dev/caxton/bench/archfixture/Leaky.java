package dev.caxton.bench.archfixture;

import java.util.List;

import org.HdrHistogram.Histogram;

/** Test fixture of the architecture rules: a public class whose API leaks HdrHistogram three ways. */
public class Leaky {
    public Histogram histogram;

    /** Package-private: not API, may use anything. */
    Histogram internal;

    public static Histogram of() {
        return new Histogram(2);
    }

    public void sizes(List<Histogram> histograms) {}

    void hidden(Histogram h) {}
}
