package dev.caxton.bench.suite;

/** The report section a benchmark belongs to, in report order. */
public enum Category {
    THROUGHPUT("Throughput"),
    LATENCY("Latency"),
    RESOURCES("Resource usage"),
    SCALABILITY("Scalability"),
    RECOVERY("Recovery"),
    LOAD("Load scenarios"),
    JMH("JMH"),
    WASM("WebAssembly");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
