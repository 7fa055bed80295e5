/**
 * Reports and publishing: view models that compute every number and label, FreeMarker templates
 * that only loop and print (Markdown report, HTML dashboard), and publishers (GitHub pull-request
 * comment, check run, job summary, file). Depends on history and core; only action builds on it.
 */
package dev.caxton.bench.report;
