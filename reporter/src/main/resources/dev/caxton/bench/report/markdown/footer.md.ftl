
---

**Reproduce locally**

${page.fence}sh
${page.reproduce}
${page.fence}
<#if page.fullReport?has_content>

Full report: ${page.fullReport}
</#if>

<sub>Caxton Bench · verdicts follow each metric's direction; unchanged means within the metric's threshold.</sub>
