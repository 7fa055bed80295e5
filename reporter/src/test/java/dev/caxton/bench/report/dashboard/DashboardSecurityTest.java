package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DashboardSecurityTest {
    private static final dev.caxton.bench.report.template.LockedTemplates TEMPLATES = Templates.dashboard();

    record Model(String name, List<String> items) {
        public String secret() {
            return "a method the template must not call";
        }
    }

    private static String process(String source) {
        return TEMPLATES.renderSource("test.ftlh", source, Map.of("m", new Model("<b>&\"'", List.of("x", "y"))));
    }

    @Test
    void templatesPrintRecordComponentsAndLoopOverListsWithHtmlEscaping() {
        assertThat(process("${m.name} <#list m.items as i>${i}</#list>"))
                .isEqualTo("&lt;b&gt;&amp;&quot;&#39; xy");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign ex = 'freemarker.template.utility.Execute'?new()>${ex('id')}",
            "<#assign ob = 'freemarker.template.utility.ObjectConstructor'?new()>${ob('java.io.File', '/')}",
            "<#assign j = 'freemarker.template.utility.JythonRuntime'?new()>"})
    void templatesCannotInstantiateClasses(String source) {
        assertThatThrownBy(() -> process(source)).hasMessageContaining("not allowed in the template for security reasons");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${m?api.secret()}", "${m.items?api.size()}"})
    void templatesCannotUseTheApiBuiltIn(String source) {
        assertThatThrownBy(() -> process(source)).hasMessageContaining("?api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${m.secret()}", "${m.secret}", "${m.getClass()}", "${m.class}", "${m.name()}"})
    void templatesSeeRecordComponentsButNoMethods(String source) {
        assertThatThrownBy(() -> process(source)).isInstanceOf(Exception.class)
                .satisfiesAnyOf(e -> assertThat(e).hasMessageContaining("evaluated to null or missing"),
                        e -> assertThat(e).hasMessageContaining("Expected a method or function, but this has evaluated to a string"));
    }

    @Test
    void objectsThatAreNotViewModelsAreRefused() {
        assertThatThrownBy(() -> TEMPLATES.renderSource("test.ftlh", "${x}", Map.of("x", new java.io.File("/"))))
                .hasMessageContaining("see records, lists, maps, strings, numbers and booleans only");
    }

    @Test
    void userSuppliedNamesAreEscapedEverywhereInThePage() throws Exception {
        String html = Dashboard.withDefaults().render(Fixtures.small());

        assertThat(html).doesNotContain("<script>alert(1)", "<b>bold</b>", "<x>&");
        assertThat(html).contains("agent/&lt;\\/script&gt;&lt;script&gt;alert(1)&lt;\\/script&gt;/p99")
                .contains("&quot;quoted&quot; &#39;single&#39; &amp; &lt;b&gt;bold&lt;\\/b&gt; ünïcødé ✓")
                .contains("Caxton Bench — nightly &lt;history&gt;")
                .contains("data-branch=\"feature/&lt;x&gt;&amp;&quot;y&quot;\"")
                .contains("<span class=\"label\">sys &lt;i&gt;</span>");
        // Exactly the page's own three script elements, each closed once.
        assertThat(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(html).results().count()).isEqualTo(3);
        assertThat(Pattern.compile("</script", Pattern.CASE_INSENSITIVE).matcher(html).results().count()).isEqualTo(3);
        assertThat(html).doesNotContain("<!--");
    }

    @Test
    void theDataBlockCarriesNamesThatParseBackExactly() throws Exception {
        String html = Dashboard.withDefaults().render(Fixtures.small());
        Matcher block = Pattern.compile("<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(block.find()).isTrue();

        assertThat(block.group(1)).doesNotContain("<", ">", "&", "\u2028", "\u2029");

        JsonNode data = new ObjectMapper().readTree(block.group(1));

        assertThat(data.get("charts").get(0).get("name").asText()).isEqualTo(Fixtures.TRICKY.canonical());
        assertThat(data.get("charts").get(0).get("branch").asText()).isEqualTo("feature/<x>&\"y\"");
        assertThat(data.get("charts").get(0).get("lines").get(0).get("label").asText()).isEqualTo("sys <i>");
    }
}
