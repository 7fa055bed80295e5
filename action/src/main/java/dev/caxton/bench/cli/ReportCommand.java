package dev.caxton.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.io.AtomicFiles;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.history.ComparisonFlow;
import dev.caxton.bench.report.markdown.MarkdownReport;
import dev.caxton.bench.report.markdown.ReportOptions;
import dev.caxton.bench.report.markdown.ReportTemplateException;
import dev.caxton.bench.report.markdown.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caxton-bench report}: writes the comparison of a run with its baseline as Markdown or text. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Writes the report of a run compared with its baseline: GitHub-flavoured Markdown (the pull-request "
                + "comment and job summary) or a plain-text table.",
                "The Markdown stays under GitHub's 65,536-character comment limit: unchanged rows are folded, then left "
                        + "out with a note saying how many and where the full report is."},
        footer = {"", "Exit codes: 0 ok; 1 --fail-on calls the comparison a failure, or the history is malformed; "
                + "2 usage error (an unknown run or baseline, a baseline of another kind, a broken template); "
                + "3 internal error or a file that could "
                + "not be written."})
final class ReportCommand implements Callable<Integer> {
    enum Format {
        MD, TXT
    }

    private final Invocation invocation;

    @Mixin
    ComparisonOptions options = new ComparisonOptions();

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where the report goes (default: report.md or report.txt beside the history); '-' for stdout.")
    Optional<Path> out = Optional.empty();

    @Option(names = "--format", paramLabel = "md|txt", converter = FormatConverter.class,
            description = "md (GitHub-flavoured Markdown) or txt (default: md).")
    Format format = Format.MD;

    @Option(names = "--template", paramLabel = "DIR",
            description = "A folder whose report templates replace the bundled ones, file by file (see docs/report.md).")
    Optional<Path> template = Optional.empty();

    ReportCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        ComparisonFlow.Outcome outcome = CompareCommand.compare(invocation, options);
        boolean stdout = out.isPresent() && out.get().toString().equals("-");
        OutputLayout beside = OutputLayout.ofHistory(options.historyFile(invocation));
        Path file = out.filter(p -> !stdout).map(invocation::resolve).orElse(
                format == Format.MD ? beside.markdownReport() : beside.textReport());
        ReportOptions reportOptions = Reports.fileOptions();
        if (template.isPresent()) {
            Path dir = invocation.resolve(template.get());
            if (!Files.isDirectory(dir)) {
                throw new UsageException("The template folder " + invocation.show(dir) + " does not exist. Give a folder "
                        + "holding the templates to override (see docs/report.md), or leave --template out");
            }
            reportOptions = reportOptions.withTemplateDirectory(dir);
        }
        String text;
        try {
            text = format == Format.MD
                    ? MarkdownReport.render(Reports.input(outcome, Optional.empty()), reportOptions)
                    : TextReport.render(Reports.input(outcome, Optional.empty()), reportOptions);
        } catch (ReportTemplateException e) {
            throw new UsageException(TerminalText.sanitize(e.getMessage()));
        }
        if (stdout) {
            invocation.out().print(text);
        } else {
            write(file, text);
            invocation.out().println("Report: " + invocation.show(file));
            invocation.out().println(Reports.summaryLine(outcome));
        }
        invocation.out().flush();
        return CompareCommand.verdict(invocation, options.failOn, outcome.comparison());
    }

    /** Writes the file whole or not at all ({@link AtomicFiles}). */
    static void write(Path file, String text) {
        try {
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("Unknown report format '" + value
                        + "'. Known formats are: md, txt");
            }
        }
    }
}
