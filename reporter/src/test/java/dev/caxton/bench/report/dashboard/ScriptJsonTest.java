package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"</script><script>alert(1)</script>", "</SCRIPT >", "<!-- <script>", "-->", "a & b",
            "\"quoted\" and \\backslash\\", "line\u2028separator\u2029paragraph", "tab\tnew\nline\rcr\u0000nul\u007f",
            "ünïcødé ✓ 😀 漢字", ""})
    void aStringLiteralParsesBackToTheSameText(String text) throws Exception {
        String literal = ScriptJson.string(text);

        assertThat(JSON.readValue(literal, String.class)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"</script><script>alert(1)</script>", "</SCRIPT >", "<!-- <script>", "-->",
            "x\u2028y\u2029z", "\u0000\u001f"})
    void aStringLiteralHoldsNothingTheHtmlParserOrAnOldScriptEngineReactsTo(String text) {
        String literal = ScriptJson.string(text);

        assertThat(literal).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(literal.chars()).noneMatch(c -> c < 0x20);
    }

    @Test
    void markupCharactersBecomeUnicodeEscapes() {
        assertThat(ScriptJson.string("</script>&")).isEqualTo("\"\\u003c/script\\u003e\\u0026\"");
        assertThat(ScriptJson.string("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
    }

    @Test
    void surrogatePairsStayAsTheyAreAndLoneSurrogatesAreEscaped() {
        assertThat(ScriptJson.string("😀")).isEqualTo("\"😀\"");
        assertThat(ScriptJson.string("a\ud800b")).isEqualTo("\"a\\ud800b\"");
        assertThat(ScriptJson.string("\udc00")).isEqualTo("\"\\udc00\"");
    }

    @Test
    void theWriterBuildsCompactJson() throws Exception {
        String json = new ScriptJson(16).raw('{').key("a<").value("</b>").raw(',').key("n").value(-3).raw('}')
                .toString();

        assertThat(json).isEqualTo("{\"a\\u003c\":\"\\u003c/b\\u003e\",\"n\":-3}");
        assertThat(JSON.readTree(json).get("a<").asText()).isEqualTo("</b>");
    }
}
