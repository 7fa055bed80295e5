<#-- One table of metric rows, used for the shown and the folded rows of a section. -->
<#macro metrics rows>
<#if page.detectable>
| Metric | Baseline | Current | Change | Detectable | Verdict | Grade | Trend |
|:--|--:|--:|--:|--:|:--|:--|:--|
<#list rows as row>
| ${row.name} | ${row.baseline} | ${row.current} | ${row.change} | ${row.detectable} | ${row.verdict} | ${row.grade} | ${row.trend} |
</#list>
<#else>
| Metric | Baseline | Current | Change | Verdict | Grade | Trend |
|:--|--:|--:|--:|:--|:--|:--|
<#list rows as row>
| ${row.name} | ${row.baseline} | ${row.current} | ${row.change} | ${row.verdict} | ${row.grade} | ${row.trend} |
</#list>
</#if>
</#macro>
