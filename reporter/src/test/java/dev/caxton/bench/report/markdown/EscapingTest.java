package dev.caxton.bench.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void pipesBackticksAndHtmlCannotBreakATableOrInjectMarkup() {
        assertThat(Flavour.MARKDOWN.escape("a|b `c` <b>&</b>"))
                .isEqualTo("a\\|b &#96;c&#96; &lt;b&gt;&amp;&lt;/b&gt;");
    }

    @Test
    void markdownEmphasisLinksAndBackslashesAreLiteral() {
        assertThat(Flavour.MARKDOWN.escape("**x** _y_ [l](u) ~~s~~ \\"))
                .isEqualTo("\\*\\*x\\*\\* \\_y\\_ \\[l\\](u) \\~\\~s\\~\\~ \\\\");
    }

    @Test
    void issueReferencesAndBareLinksAreNotLinked() {
        String escaped = Flavour.MARKDOWN.escape("issue #1, org/repo#22, GH-3, gh-4, http://x.io/a https://y.io www.z.io");

        assertThat(escaped).doesNotContainPattern("#[0-9]").doesNotContainPattern("(?i)GH-[0-9]")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("www.");
        assertThat(escaped.replace("\u200D", ""))
                .isEqualTo("issue #1, org/repo#22, GH-3, gh-4, http://x.io/a https://y.io www.z.io");
    }

    @Test
    void namesThatOnlyLookLikeReferencesAreLeftAlone() {
        assertThat(Flavour.MARKDOWN.escape("C# route-1 AGH-2 wwwx.y http:x ratio:2 #a"))
                .isEqualTo("C# route-1 AGH-2 wwwx.y http:x ratio:2 #a");
    }

    @Test
    void mentionsDoNotPing() {
        assertThat(Flavour.MARKDOWN.escape("@octocat and @org/team"))
                .isEqualTo("@\u200Doctocat and @\u200Dorg/team")
                .doesNotContainPattern("@[A-Za-z0-9]");
    }

    @Test
    void lineBreaksControlsAndBidiOverridesBecomeSpaces() {
        assertThat(Flavour.MARKDOWN.escape("a\nb\r\nc\td\u2028e\u202Ef\u0000g\u001b[31m"))
                .isEqualTo("a b  c d e f g \\[31m");
        assertThat(Flavour.TEXT.escape("a\nb\u001b[2Jc")).isEqualTo("a b [2Jc");
    }

    @Test
    void theTerminalFlavourKeepsMarkdownCharacters() {
        assertThat(Flavour.TEXT.escape("a|b <i> @x")).isEqualTo("a|b <i> @x");
    }

    @Test
    void longTextIsCutWithAnEllipsisOnACodePointBoundary() {
        assertThat(Flavour.cut("abcdef", 4)).isEqualTo("abc…");
        assertThat(Flavour.cut("😀😀😀", 2)).isEqualTo("😀…");
        assertThat(Flavour.cut("abc", 3)).isEqualTo("abc");
    }

    @Test
    void theMarkerPercentEncodesTheSuiteSoItCannotEndTheComment() {
        assertThat(MarkdownReport.marker("agent")).isEqualTo("<!-- caxton-bench:report suite=agent -->");
        assertThat(MarkdownReport.marker("my suite --> <b>é"))
                .isEqualTo("<!-- caxton-bench:report suite=my%20suite%20--%3E%20%3Cb%3E%C3%A9 -->");
        assertThat(MarkdownReport.marker("a b")).isNotEqualTo(MarkdownReport.marker("a+b"));
    }

    @Test
    void theReportStartsWithTheMarkerAndLetsNoHostileNameThrough() {
        String md = MarkdownReport.render(Fixtures.hostile(), ReportOptions.defaults());
        assertThat(md).startsWith(MarkdownReport.marker("agent|<b>@team</b>") + "\n");
        String body = md.substring(md.indexOf('\n') + 1);
        // the command is shown in a code block, where nothing is markup and nobody is mentioned
        String command = "`````sh\necho ```` && rm -rf / # @octocat <b>\n`````\n";
        assertThat(body).contains(command);
        body = body.replace(command, "");
        assertThat(body).doesNotContain("<script", "<img", "<b>", "<i>", "<!--", "\u202E", "\r")
                .doesNotContainPattern("@[A-Za-z0-9]");
        // every table row keeps its column count: no name adds a cell
        body.lines().filter(l -> l.startsWith("| ")).forEach(l -> {
            long cells = l.replace("\\|", "").chars().filter(ch -> ch == '|').count();
            assertThat(cells).as(l).isIn(8L, 10L);
        });
    }
}
