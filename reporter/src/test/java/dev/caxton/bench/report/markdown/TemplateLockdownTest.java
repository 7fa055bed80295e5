package dev.caxton.bench.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom templates override the bundled ones file by file, and reach nothing but the view model. */
class TemplateLockdownTest {
    @TempDir
    Path folder;

    private String render() {
        return MarkdownReport.render(Fixtures.mixed(), ReportOptions.defaults().withTemplateDirectory(folder));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aTemplateInTheFolderReplacesTheBundledOneAndTheOthersStay() throws IOException {
        write("footer.md.ftl", "\nCustom footer for ${page.title}\n");
        String md = render();
        assertThat(md).endsWith("\nCustom footer for Caxton Bench: agent\n").contains("## Summary", "## 🔴 Regressions");
    }

    @Test
    void anEmptyFolderRendersTheBundledReport() {
        assertThat(render()).isEqualTo(MarkdownReport.render(Fixtures.mixed(), ReportOptions.defaults()));
    }

    @Test
    void newCannotInstantiateAClass() throws IOException {
        write("footer.md.ftl", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        assertThatThrownBy(this::render).isInstanceOf(ReportTemplateException.class)
                .hasMessageContaining("footer.md.ftl").hasMessageContaining("line 1");
    }

    @Test
    void apiIsDisabled() throws IOException {
        write("footer.md.ftl", "\n\n${page?api.getClass().getName()}\n");
        assertThatThrownBy(this::render).isInstanceOf(ReportTemplateException.class)
                .hasMessageContaining("footer.md.ftl").hasMessageContaining("line 3")
                .satisfies(e -> assertThat(((ReportTemplateException) e).line()).isEqualTo(3));
    }

    @Test
    void staticModelsAndJavaObjectsAreOutOfReach() throws IOException {
        write("footer.md.ftl", "${statics[\"java.lang.System\"].exit(1)}\n");
        assertThatThrownBy(this::render).isInstanceOf(ReportTemplateException.class).hasMessageContaining("footer.md.ftl");
        write("footer.md.ftl", "${page.getClass()}\n");
        assertThatThrownBy(this::render).isInstanceOf(ReportTemplateException.class).hasMessageContaining("footer.md.ftl");
        write("footer.md.ftl", "${page.title.getClass()}\n");
        assertThatThrownBy(this::render).isInstanceOf(ReportTemplateException.class).hasMessageContaining("footer.md.ftl");
    }

    @Test
    void aTemplateCannotIncludeFilesOutsideItsFolder() throws IOException {
        write("footer.md.ftl", "<#include \"../../../../etc/passwd\">\n");
        assertThatThrownBy(this::render).isInstanceOf(RuntimeException.class).hasMessageContaining("footer.md.ftl");
    }

    @Test
    void aBrokenTemplateIsNamedWithItsLineAndColumn() throws IOException {
        write("report.md.ftl", "${page.marker}\n# ${page.title}\n<#list page.summary as line>\n- ${line + }\n</#list>\n");
        assertThatThrownBy(this::render).isInstanceOfSatisfying(ReportTemplateException.class, e -> {
            assertThat(e.template()).isEqualTo("report.md.ftl");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).startsWith("The report template report.md.ftl failed at line 4, column ")
                    .contains("Fix the template");
        });
    }

    @Test
    void aBrokenIncludedTemplateIsNamedToo() throws IOException {
        write("summary.md.ftl", "ok\n<#if page.summary?has_content>\nunclosed\n");
        assertThatThrownBy(this::render).isInstanceOfSatisfying(ReportTemplateException.class,
                e -> assertThat(e.template()).isEqualTo("summary.md.ftl"));
    }

    @Test
    void aFolderThatIsNotADirectoryIsRefusedWithTheFix() {
        assertThatThrownBy(() -> MarkdownReport.render(Fixtures.mixed(),
                ReportOptions.defaults().withTemplateDirectory(folder.resolve("nope"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a directory");
    }
}
