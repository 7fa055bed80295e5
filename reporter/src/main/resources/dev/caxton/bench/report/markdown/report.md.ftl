<#-- The Caxton Bench report. Every value is computed and escaped in Java (see docs/report.md); templates only loop and print. -->
${page.marker}
# 📊 ${page.title}

<#include "header.md.ftl">
<#include "summary.md.ftl">
<#include "regressions.md.ftl">
<#include "sections.md.ftl">
<#include "footer.md.ftl">
