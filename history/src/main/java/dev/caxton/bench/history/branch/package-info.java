/**
 * The history shared through a git branch: {@link dev.caxton.bench.history.branch.HistoryBranch} (pull,
 * push with union merges and a bounded, jittered retry), its git implementation, and
 * {@link dev.caxton.bench.history.branch.BranchSettings}. See {@code docs/github-actions.md}.
 */
package dev.caxton.bench.history.branch;
