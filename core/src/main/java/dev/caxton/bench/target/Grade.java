package dev.caxton.bench.target;

/** How a measured value stands against its tier: best first. */
public enum Grade {
    TARGET("target", "✅"),
    ACCEPTABLE("acceptable", "🟡"),
    CRITICAL("critical", "🟠"),
    FAILING("failing", "❌");

    private final String label;
    private final String symbol;

    Grade(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    /** An emoji for reports and terminals with colour. */
    public String symbol() {
        return symbol;
    }
}
