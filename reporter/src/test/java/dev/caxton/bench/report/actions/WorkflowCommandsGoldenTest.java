package dev.caxton.bench.report.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.caxton.bench.compare.FailPolicy;

import dev.caxton.bench.GoldenFiles;

class WorkflowCommandsGoldenTest {

    @Test
    void dataEscapesPercentAndLineBreaksOnly() {
        assertThat(WorkflowCommands.escapeData("50% a:b, c\r\nd")).isEqualTo("50%25 a:b, c%0D%0Ad");
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        assertThat(WorkflowCommands.escapeProperty("50% a:b, c\r\nd")).isEqualTo("50%25 a%3Ab%2C c%0D%0Ad");
    }

    @Test
    void percentIsEscapedFirstSoEscapesAreNotDoubled() {
        assertThat(WorkflowCommands.escapeProperty("%0A")).isEqualTo("%250A");
    }

    @Test
    void addMaskEscapesTheSecretAndRefusesAnEmptyOne() {
        assertThat(WorkflowCommands.addMask("ghs_abc%def")).isEqualTo("::add-mask::ghs_abc%25def");
        assertThatThrownBy(() -> WorkflowCommands.addMask("")).hasMessageContaining("empty");
    }

    @Test
    void moreThanTenAnnotationsBecomeNineAndASummaryOfTheRest() {
        List<Annotation> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add(new Annotation(i == 12 ? Annotation.Level.ERROR : Annotation.Level.WARNING, "t" + i, "m" + i));
        }

        List<String> lines = WorkflowCommands.annotations(many);

        assertThat(lines).hasSize(WorkflowCommands.MAX_ANNOTATIONS);
        assertThat(lines.get(9)).isEqualTo("::error title=5 more::5 more annotations are not shown here; "
                + "the job summary lists them all.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "tr-TR", "ar-EG-u-nu-arab"})
    void regressionAnnotationsMatchTheirGoldenFileWhateverTheLocale(String tag) throws IOException {
        String text = GoldenFiles.underLocale(tag, () -> {
            List<Annotation> annotations = new ArrayList<>(
                    RegressionAnnotations.of(Comparisons.withRegressions(12), FailPolicy.CRITICAL));
            annotations.add(0, new Annotation(Annotation.Level.NOTICE, "Tricky: a, b\r\nc 100%",
                    "line one\nline two: 50%, done"));
            return String.join("\n", WorkflowCommands.annotations(annotations)) + "\n";
        });

        GoldenFiles.besides(getClass()).assertMatches("annotations.txt", text);
    }

    @Test
    void everyRegressionFailsUnderPolicyRegressionAndNoneUnderNever() {
        var comparison = Comparisons.withRegressions(3);

        assertThat(RegressionAnnotations.of(comparison, FailPolicy.REGRESSION))
                .extracting(Annotation::level).containsOnly(Annotation.Level.ERROR);
        assertThat(RegressionAnnotations.of(comparison, FailPolicy.NEVER))
                .extracting(Annotation::level).containsOnly(Annotation.Level.WARNING);
    }
}
