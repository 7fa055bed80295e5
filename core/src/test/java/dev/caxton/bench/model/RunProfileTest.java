package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunProfileTest {
    @Test
    void aProfileLabelIsAMeasuredProfileAndAnyOtherLabelAnImport() {
        assertThat(RunProfile.parse("smoke")).isEqualTo(RunProfile.of(Profile.SMOKE));
        assertThat(RunProfile.parse("full").measured()).contains(Profile.FULL);
        assertThat(RunProfile.parse("imported")).isEqualTo(RunProfile.IMPORTED).isInstanceOf(RunProfile.Imported.class);
        assertThat(RunProfile.parse("gab").measured()).isEmpty();
        assertThat(RunProfile.parse("Quick")).as("labels are kept exactly as files hold them")
                .isEqualTo(new RunProfile.Imported("Quick"));
    }

    @Test
    void theLabelIsWhatFilesRecordAndWhatMessagesPrint() {
        assertThat(RunProfile.of(Profile.QUICK).label()).isEqualTo("quick");
        assertThat(RunProfile.of(Profile.QUICK)).hasToString("quick");
        assertThat(new RunProfile.Imported("gab")).hasToString("gab");
    }

    @Test
    void anImportCannotWearAMeasuredProfilesLabelNorBeBlank() {
        assertThatThrownBy(() -> new RunProfile.Imported("quick"))
                .hasMessageContaining("'quick' is the label of a measured profile")
                .hasMessageContaining("RunProfile.of(Profile.QUICK)");
        assertThatThrownBy(() -> RunProfile.parse("")).hasMessageContaining("a label such as 'imported'");
        assertThatThrownBy(() -> RunProfile.parse(" gab")).hasMessageContaining("got ' gab'");
    }
}
