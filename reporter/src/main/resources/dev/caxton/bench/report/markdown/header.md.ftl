- **Date:** ${page.date}
- **Commit:** ${page.commit}
- **Baseline:** ${page.baseline} — ${page.baselineReason}
- **Environment:** ${page.environment}
<#list page.warnings as warning>

> ⚠️ ${warning}
</#list>
