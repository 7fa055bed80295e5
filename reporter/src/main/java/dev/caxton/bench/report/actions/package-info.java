/**
 * The GitHub Actions side of publishing: files and lines the runner reads. {@link
 * dev.caxton.bench.report.actions.JobSummary} appends the report to the job summary file within its 1 MiB cap,
 * {@link dev.caxton.bench.report.actions.StepOutputs} writes step outputs to the {@code GITHUB_OUTPUT} file, and
 * {@link dev.caxton.bench.report.actions.WorkflowCommands} formats workflow commands (annotations, masking) as lines
 * for the caller to print. Nothing here reads the environment or prints: the caller passes the file paths and
 * prints the lines.
 */
package dev.caxton.bench.report.actions;
