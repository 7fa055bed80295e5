/**
 * The locked-down FreeMarker setup every reporter page shares: {@link dev.caxton.bench.report.template.LockedTemplates}.
 */
package dev.caxton.bench.report.template;
