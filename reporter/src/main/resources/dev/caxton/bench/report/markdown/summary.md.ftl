
## Summary

<#list page.summary as line>
- ${line}
</#list>
<#list page.notes as note>

> ✂️ ${note}
</#list>
