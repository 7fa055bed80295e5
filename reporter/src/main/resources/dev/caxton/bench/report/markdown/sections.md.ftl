<#import "table.md.ftl" as table>
<#list page.sections as section>

## ${section.title}
<#if section.rows?has_content>

<@table.metrics rows=section.rows/>
</#if>
<#if section.unchanged?has_content>

<details><summary>${section.unchangedTitle}</summary>

<@table.metrics rows=section.unchanged/>

</details>
</#if>
</#list>
