package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real git in temporary folders. */
class GitInfoTest {
    @TempDir
    Path dir;

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("git %s: %s", List.of(args), out).isZero();
        return out;
    }

    private void repositoryWithOneCommitOn(String branch) throws Exception {
        git("init", "-q");
        git("symbolic-ref", "HEAD", "refs/heads/" + branch);
        git("commit", "-q", "--allow-empty", "-m", "first");
    }

    @Test
    void readsCommitAndBranchOfARepository() throws Exception {
        repositoryWithOneCommitOn("feature/fast-mailbox");

        GitInfo info = GitInfo.detect(dir);

        assertThat(info.commit()).contains(git("rev-parse", "HEAD"));
        assertThat(info.commit().orElseThrow()).hasSize(40);
        assertThat(info.branch()).contains("feature/fast-mailbox");
    }

    @Test
    void detachedHeadHasACommitButNoBranch() throws Exception {
        repositoryWithOneCommitOn("main");
        git("checkout", "-q", "--detach");

        GitInfo info = GitInfo.detect(dir);

        assertThat(info.commit()).contains(git("rev-parse", "HEAD"));
        assertThat(info.branch()).isEmpty();
    }

    @Test
    void repositoryWithoutCommitsHasABranchButNoCommit() throws Exception {
        git("init", "-q");
        git("symbolic-ref", "HEAD", "refs/heads/trunk");

        GitInfo info = GitInfo.detect(dir);

        assertThat(info.commit()).isEmpty();
        assertThat(info.branch()).contains("trunk");
    }

    @Test
    void folderOutsideAnyRepositoryGivesNothing() {
        assertThat(GitInfo.detect(dir)).isEqualTo(GitInfo.none());
    }

    @Test
    void missingFolderGivesNothingInsteadOfFailing() {
        assertThat(GitInfo.detect(dir.resolve("does-not-exist"))).isEqualTo(GitInfo.none());
    }
}
