<#if page.regressions?has_content>

## 🔴 Regressions

<#if page.detectable>
| Metric | Category | Baseline | Current | Change | Detectable | Verdict | Grade | Trend | Why |
|:--|:--|--:|--:|--:|--:|:--|:--|:--|:--|
<#list page.regressions as row>
| **${row.name}** | ${row.category} | ${row.baseline} | ${row.current} | **${row.change}** | ${row.detectable} | ${row.verdict} | ${row.grade} | ${row.trend} | ${row.reason} |
</#list>
<#else>
| Metric | Category | Baseline | Current | Change | Verdict | Grade | Trend | Why |
|:--|:--|--:|--:|--:|:--|:--|:--|:--|
<#list page.regressions as row>
| **${row.name}** | ${row.category} | ${row.baseline} | ${row.current} | **${row.change}** | ${row.verdict} | ${row.grade} | ${row.trend} | ${row.reason} |
</#list>
</#if>
</#if>
