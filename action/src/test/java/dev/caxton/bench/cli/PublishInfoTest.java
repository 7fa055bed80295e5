package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.compare.FailPolicy;

/** {@code publish.properties}: one record, one writer, one strict reader of what another job wrote. */
class PublishInfoTest {
    private static final String SHA = "2222222222222222222222222222222222222222";

    @TempDir
    Path dir;

    private static PublishInfo sample() {
        return new PublishInfo(Optional.of("jmh \\ \"x\"\nsecond line"), Optional.of(7), Optional.of(SHA), 3, 1, 2,
                true, false, Optional.of("3 regressions, 1 improvement in 5 metrics (fails the policy)"),
                Optional.of(URI.create("https://github.com/o/r/actions/runs/1")));
    }

    @Test
    void whatIsWrittenReadsBackEqual() {
        Path file = dir.resolve(PublishInfo.FILE);
        sample().write(file);

        assertThat(PublishInfo.read(file, "p")).isEqualTo(sample());
        assertThat(PublishInfo.read(dir.resolve("absent"), "p")).isEqualTo(PublishInfo.none());
    }

    @Test
    void theFileStartsWithItsVersionAndKeepsItsKeysInAFixedOrder() {
        assertThat(sample().text()).isEqualTo("# caxton-bench ci: what 'caxton-bench publish' needs beside report.md\n"
                + "version=1\nname=jmh \\\\ \"x\"\\nsecond line\npull_request=7\nhead_sha=" + SHA + "\nregressions=3\n"
                + "improvements=1\ncritical=2\nfailed=true\nno_baseline=false\n"
                + "summary=3 regressions, 1 improvement in 5 metrics (fails the policy)\n"
                + "run_url=https://github.com/o/r/actions/runs/1\n");
    }

    @Test
    void aFileWithoutAVersionIsTheFirstVersionAndAbsentKeysAreUnknown() {
        PublishInfo legacy = PublishInfo.parse("name=jmh\npull_request=7\r\nhead_sha=" + SHA + "\n", "p");

        assertThat(legacy.name()).contains("jmh");
        assertThat(legacy.pullRequest()).contains(7);
        assertThat(legacy.regressions()).isZero();
        assertThat(legacy.failed()).isFalse();
        assertThat(legacy.runUrl()).isEmpty();
    }

    @Test
    void aNewerVersionIsRefusedSayingWhichVersionToPublishWith() {
        assertThatThrownBy(() -> PublishInfo.parse("version=2\nname=jmh\n", "out/publish.properties"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("out/publish.properties line 1: version '2', but this caxton-bench reads "
                        + "version 1; publish with the caxton-bench version that ran 'ci'");
    }

    @Test
    void aForeignFileIsRefusedByItsFirstUnknownKey() {
        assertThatThrownBy(() -> PublishInfo.parse("# some tool\nname=jmh\nsonar.host=x\n", "p"))
                .hasMessageStartingWith("p line 3: unknown key 'sonar.host'; a publish.properties of version 1 holds "
                        + "only version, name, pull_request, head_sha, regressions, improvements, critical, failed, "
                        + "no_baseline, summary, run_url.")
                .hasMessageContaining("or give --pr and --sha");
        assertThatThrownBy(() -> PublishInfo.parse("just text\n", "p")).hasMessageStartingWith("p line 1: expected "
                + "key=value, got 'just text'");
    }

    @Test
    void aKeyGivenTwiceIsRefusedRatherThanOneOfItsValuesTaken() {
        assertThatThrownBy(() -> PublishInfo.parse("pull_request=7\npull_request=8\n", "p"))
                .hasMessageStartingWith("p line 2: 'pull_request' is given a second time (first on line 1)");
    }

    @Test
    void everyValueIsCheckedAgainstItsType() {
        assertThatThrownBy(() -> PublishInfo.parse("pull_request=seven\n", "p"))
                .hasMessageStartingWith("p line 1: pull_request is 'seven', not a pull request number");
        assertThatThrownBy(() -> PublishInfo.parse("pull_request=0\n", "p")).hasMessageContaining("not a pull request");
        assertThatThrownBy(() -> PublishInfo.parse("head_sha=abc\n", "p"))
                .hasMessageStartingWith("p line 1: head_sha is 'abc', not a full commit sha (40 hex digits)");
        assertThatThrownBy(() -> PublishInfo.parse("regressions=-1\n", "p")).hasMessageContaining("not a count");
        assertThatThrownBy(() -> PublishInfo.parse("failed=yes\n", "p")).hasMessageContaining("not true or false");
        assertThatThrownBy(() -> PublishInfo.parse("run_url=javascript:alert(1)\n", "p"))
                .hasMessageContaining("not an http(s) address");
        assertThatThrownBy(() -> PublishInfo.parse("summary=" + "x".repeat(PublishInfo.SUMMARY_LIMIT + 1) + "\n", "p"))
                .hasMessageContaining("a summary has 1 to 1000 characters");
    }

    @Test
    void aLargeFileIsRefusedUnread() throws Exception {
        Path file = Files.writeString(dir.resolve("big"), "# x\n".repeat(20_000));

        assertThatThrownBy(() -> PublishInfo.read(file, "big")).hasMessageContaining("larger than 65536 bytes");
    }

    @Test
    void thePolicyJudgesTheCountsAgain() {
        assertThat(sample().failsUnder(FailPolicy.CRITICAL)).isTrue();
        assertThat(sample().failsUnder(FailPolicy.NEVER)).isFalse();
        assertThat(PublishInfo.none().failsUnder(FailPolicy.REGRESSION)).isFalse();
    }
}
