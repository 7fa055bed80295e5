<#if page.regressions?has_content>

## 🔴 Regressions

| Metric | Category | Baseline | Current | Change | Verdict | Grade | Trend | Why |
|:--|:--|--:|--:|--:|:--|:--|:--|:--|
<#list page.regressions as row>
| **${row.name}** | ${row.category} | ${row.baseline} | ${row.current} | **${row.change}** | ${row.verdict} | ${row.grade} | ${row.trend} | ${row.reason} |
</#list>
</#if>
