/**
 * Publishing to GitHub's REST API: the sticky pull-request comment (one per suite, found by its hidden marker and
 * updated in place), a check run and a commit status. {@link dev.caxton.bench.report.github.GitHubPublisher} is
 * the entry point; it takes our own records ({@link dev.caxton.bench.report.github.GitHubTarget}, the requests)
 * and answers with {@link dev.caxton.bench.report.github.PublishResult} or throws
 * {@link dev.caxton.bench.report.github.PublishException}. The github-api library stays inside this package.
 */
package dev.caxton.bench.report.github;
