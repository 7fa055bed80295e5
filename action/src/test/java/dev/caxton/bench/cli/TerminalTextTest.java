package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void replacesControlCharactersInUserSuppliedNames() {
        assertThat(TerminalText.sanitize("evil\u001B[31mred\r\nname\u0007\u202E"))
                .isEqualTo("evil?[31mred??name??");
    }

    @Test
    void keepsPrintableUnicode() {
        assertThat(TerminalText.sanitize("latency µs ✅ Größe")).isEqualTo("latency µs ✅ Größe");
    }

    @Test
    void countsEmojiAsTwoColumnsAndEscapesAsNone() {
        assertThat(TerminalText.width("✅ target")).isEqualTo(9);
        assertThat(TerminalText.width("🟡")).isEqualTo(2);
        assertThat(TerminalText.width("\u001B[32mok\u001B[0m")).isEqualTo(2);
        assertThat(TerminalText.width("12.3 µs")).isEqualTo(7);
    }

    @Test
    void padsByDisplayWidth() {
        assertThat(TerminalText.padRight("❌", 4)).isEqualTo("❌  ");
        assertThat(TerminalText.padLeft("ab", 4)).isEqualTo("  ab");
    }

    @Test
    void truncatesWithAnEllipsis() {
        assertThat(TerminalText.truncate("throughput", 6)).isEqualTo("throu…");
        assertThat(TerminalText.truncate("short", 6)).isEqualTo("short");
    }
}
