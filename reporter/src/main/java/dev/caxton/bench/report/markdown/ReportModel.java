package dev.caxton.bench.report.markdown;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.report.format.HumanUnits;
import dev.caxton.bench.suite.Category;

/**
 * Everything a report of one input shows, computed once; {@link #page} then picks the rows that fit.
 * Rows are kept in priority order: regressions (critical first, then the largest change), then the other
 * changed rows by category, then the unchanged rows by category.
 */
final class ReportModel {
    static final int REASON_LIMIT = 500;
    static final int COMMAND_LIMIT = 2_000;
    static final int LOCATION_LIMIT = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final Comparator<Optional<Category>> SECTION_ORDER = Comparator.comparingInt(ReportModel::order);

    /** A row and where it goes. */
    record Entry(Optional<Category> category, boolean unchanged, ReportView.Row row) {}

    private final ReportInput input;
    private final Flavour flavour;
    private final int limit;
    private final List<ReportView.Row> regressions;
    /** Changed rows first, then unchanged ones: the order in which rows are dropped from the end. */
    private final List<Entry> others;
    private final List<String> summary;

    private ReportModel(ReportInput input, Flavour flavour, int limit) {
        this.input = input;
        this.flavour = flavour;
        this.limit = limit;
        Comparison c = input.comparison();
        this.regressions = c.metrics().stream().filter(MetricComparison::isRegression)
                .sorted(worstFirst()).map(this::row).toList();
        List<MetricComparison> rest = c.metrics().stream().filter(m -> !m.isRegression()).toList();
        List<Entry> changed = new ArrayList<>();
        List<Entry> unchanged = new ArrayList<>();
        for (MetricComparison m : rest.stream().sorted(byCategoryThenVerdict()).toList()) {
            Entry e = new Entry(Categories.of(m.id(), m.unit()), m.verdict() == Verdict.NO_CHANGE, row(m));
            (e.unchanged() ? unchanged : changed).add(e);
        }
        List<Entry> all = new ArrayList<>(changed);
        all.addAll(unchanged);
        this.others = List.copyOf(all);
        this.summary = Summary.lines(c, flavour);
    }

    /** The model of {@code input}; {@code limit} is the size limit that notes of left-out rows name. */
    static ReportModel of(ReportInput input, Flavour flavour, int limit) {
        return new ReportModel(input, flavour, limit);
    }

    int regressionCount() {
        return regressions.size();
    }

    int otherCount() {
        return others.size();
    }

    /** Every row. */
    ReportView.Page page() {
        return page(regressions.size(), others.size(), false);
    }

    /**
     * The page with the first {@code keepRegressions} regressions and the first {@code keepOthers} other
     * rows; a note says what was left out when anything was, or when {@code cut} says the text itself will
     * be cut.
     */
    ReportView.Page page(int keepRegressions, int keepOthers, boolean cut) {
        List<ReportView.Row> shownRegressions = regressions.subList(0, keepRegressions);
        Map<Optional<Category>, List<ReportView.Row>> rows = new TreeMap<>(SECTION_ORDER);
        Map<Optional<Category>, List<ReportView.Row>> folded = new TreeMap<>(SECTION_ORDER);
        for (Entry e : others.subList(0, keepOthers)) {
            rows.computeIfAbsent(e.category(), k -> new ArrayList<>());
            folded.computeIfAbsent(e.category(), k -> new ArrayList<>());
            (e.unchanged() ? folded : rows).get(e.category()).add(e.row());
        }
        List<ReportView.Section> sections = new ArrayList<>();
        rows.forEach((category, shown) -> {
            List<ReportView.Row> f = folded.get(category);
            sections.add(new ReportView.Section(Categories.title(category), shown, f,
                    Summary.count(f.size(), "unchanged metric", "unchanged metrics")));
        });
        List<String> notes = notes(keepRegressions, keepOthers, cut);
        return new ReportView.Page(MarkdownReport.marker(input.suiteName()), "Caxton Bench: " + flavour.escape(input.suiteName()),
                DATE.format(current().startedAt()), commit(current()), baseline(), flavour.escape(input.baselineReason(), REASON_LIMIT),
                environment(current()), warnings(), summary, notes, shownRegressions, sections, fence(command()),
                command(), location(), input.comparison().metrics().stream().anyMatch(m -> m.detectable().isPresent()));
    }

    /** What was left out, in words; nothing when nothing was. */
    List<String> notes(int keepRegressions, int keepOthers, boolean cut) {
        int droppedRegressions = regressions.size() - keepRegressions;
        int droppedOthers = others.size() - keepOthers;
        if (droppedRegressions == 0 && droppedOthers == 0 && !cut) {
            return List.of();
        }
        long droppedUnchanged = others.subList(keepOthers, others.size()).stream().filter(Entry::unchanged).count();
        long droppedChanged = droppedOthers - droppedUnchanged;
        List<String> parts = new ArrayList<>();
        if (droppedRegressions > 0) {
            parts.add(droppedRegressions + " of " + Summary.count(regressions.size(), "regression", "regressions"));
        }
        if (droppedChanged > 0) {
            parts.add(Summary.count(droppedChanged, "other changed metric", "other changed metrics"));
        }
        if (droppedUnchanged > 0) {
            parts.add(Summary.count(droppedUnchanged, "unchanged metric", "unchanged metrics"));
        }
        if (cut) {
            parts.add("the end of the text");
        }
        String where = location().isEmpty() ? "Run the command at the end for the full report."
                : "The full report is at " + location() + ".";
        return List.of("This report is shortened to fit the comment limit of " + Summary.grouped(limit)
                + " characters. Left out: " + String.join(", ", parts) + ". " + where);
    }

    private RunInfo current() {
        return input.comparison().current();
    }

    private ReportView.Row row(MetricComparison m) {
        Optional<Category> category = Categories.of(m.id(), m.unit());
        return new ReportView.Row(flavour.escape(Cells.name(m.id()), Cells.NAME_LIMIT), Categories.title(category),
                Cells.value(m.baseline()), Cells.value(m.current()), Cells.change(m), Cells.verdict(m, flavour),
                Cells.grade(m, flavour), Cells.trend(input.trends(), m.id()), flavour.escape(m.reason(), REASON_LIMIT),
                Cells.detectable(m));
    }

    /** Critical regressions first, then the largest change, then the name. */
    static Comparator<MetricComparison> worstFirst() {
        return Comparator.comparing((MetricComparison m) -> !m.critical())
                .thenComparing(m -> -Cells.magnitude(m).orElse(0))
                .thenComparing(MetricComparison::id);
    }

    /** The order of the rows of one section: improvements, unverified, inconclusive, new, missing, unchanged; then the name. */
    static Comparator<MetricComparison> byCategoryThenVerdict() {
        return Comparator.comparing((MetricComparison m) -> order(Categories.of(m.id(), m.unit())))
                .thenComparing(m -> verdictRank(m.verdict()))
                .thenComparing(m -> -Cells.magnitude(m).orElse(0))
                .thenComparing(MetricComparison::id);
    }

    static int verdictRank(Verdict v) {
        return switch (v) {
            case REGRESSION -> 0;
            case IMPROVEMENT -> 1;
            case UNVERIFIED -> 2;
            case INCONCLUSIVE -> 3;
            case NEW -> 4;
            case MISSING -> 5;
            case NO_CHANGE -> 6;
        };
    }

    /** Categories in report order, "Other metrics" last. */
    static int order(Optional<Category> c) {
        return c.map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private String commit(RunInfo run) {
        String id = run.commit().map(ReportModel::shortCommit).orElse("unknown");
        return flavour.escape(id, 64);
    }

    static String shortCommit(String commit) {
        return commit.matches("[0-9a-f]{40}|[0-9a-f]{64}") ? commit.substring(0, 10) : commit;
    }

    private String baseline() {
        return input.comparison().baseline().map(b -> flavour.escape(
                        b.commit().map(ReportModel::shortCommit).orElse("no commit"), 64)
                        + " (run " + flavour.escape(b.runId().value(), 80) + ", " + DATE.format(b.startedAt()) + ")")
                .orElse("none");
    }

    private String environment(RunInfo run) {
        Environment e = run.environment();
        String memory = e.memoryBytes() > 0 ? ", " + HumanUnits.format(e.memoryBytes(), Unit.BYTES) + " RAM" : "";
        String text = e.cpuModel() + ", " + e.cores() + (e.cores() == 1 ? " core" : " cores") + memory + ", " + e.os()
                + ", " + e.jvmVendor() + " " + e.jvmVersion() + "; system " + run.system() + ", profile " + run.profile();
        return flavour.escape(text, 400);
    }

    private List<String> warnings() {
        Optional<RunInfo> base = input.comparison().baseline();
        if (base.isEmpty()) {
            return List.of();
        }
        String now = current().environment().fingerprint();
        String then = base.get().environment().fingerprint();
        if (now.equals(then)) {
            return List.of();
        }
        return List.of("The baseline ran in another environment (fingerprint " + then + ", now " + now
                + "): part of any difference may be the machine's.");
    }

    private String command() {
        String raw = Flavour.cut(input.reproduceCommand(), COMMAND_LIMIT);
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp == '\n' || !Flavour.isLineBreakOrControl(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(' ');
            }
        });
        return sb.toString().strip();
    }

    /** Three backticks, or one more than the longest run of backticks in {@code code}. */
    static String fence(String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private String location() {
        return input.fullReportLocation().map(l -> flavour.escapeLocation(l, LOCATION_LIMIT)).orElse("");
    }
}
