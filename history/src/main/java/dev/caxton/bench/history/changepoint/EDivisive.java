package dev.caxton.bench.history.changepoint;

/**
 * The E-Divisive means split statistic (Matteson and James, with exponent 1): for a split of
 * {@code [from, to)} into a left part of m and a right part of n points,
 * {@code q = mn/(m+n) * (2/(mn) * sum|l - r| - 1/C(m,2) * sum|l - l'| - 1/C(n,2) * sum|r - r'|)}.
 * The best split maximises q. Evaluating every split costs O(length^2), by moving one point at a
 * time from the right part to the left part.
 */
final class EDivisive {
    private EDivisive() {}

    /** A split index and its statistic. */
    record Split(int index, double q) {}

    /**
     * The split in {@code [from + minSegment, to - minSegment]} with the largest q, or an index of
     * -1 when the range is too short to split.
     */
    static Split bestSplit(double[] x, int from, int to, int minSegment) {
        int length = to - from;
        if (length < 2 * minSegment) {
            return new Split(-1, Double.NEGATIVE_INFINITY);
        }
        double[] rowSum = new double[length];
        double total = 0;
        for (int i = 0; i < length; i++) {
            double xi = x[from + i];
            for (int k = i + 1; k < length; k++) {
                double d = Math.abs(xi - x[from + k]);
                rowSum[i] += d;
                rowSum[k] += d;
                total += d;
            }
        }
        double within = 0; // pairs inside the left part
        double right = total; // pairs inside the right part
        double between = 0; // pairs across the split
        int best = -1;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < length - minSegment; p++) {
            double xp = x[from + p];
            double toLeft = 0;
            for (int i = 0; i < p; i++) {
                toLeft += Math.abs(xp - x[from + i]);
            }
            double toRight = rowSum[p] - toLeft;
            within += toLeft;
            right -= toRight;
            between += toRight - toLeft;
            int m = p + 1;
            int n = length - m;
            if (m < minSegment) {
                continue;
            }
            double e = 2 * between / ((double) m * n)
                    - within / (m * (m - 1) / 2.0)
                    - right / (n * (n - 1) / 2.0);
            double q = (double) m * n / (m + n) * e;
            if (q > bestQ) {
                bestQ = q;
                best = from + m;
            }
        }
        return new Split(best, bestQ);
    }
}
