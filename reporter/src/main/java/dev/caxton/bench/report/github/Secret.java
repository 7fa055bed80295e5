package dev.caxton.bench.report.github;

import java.util.Arrays;
import java.util.Objects;

/**
 * A token that never shows itself: {@link #toString()} prints {@code Secret[***]}, and {@link #scrub(String)}
 * removes it from any text before that text goes into a message.
 */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /** A secret holding a copy of {@code value}. */
    public static Secret of(char[] value) {
        Objects.requireNonNull(value, "value");
        if (new String(value).isBlank()) {
            throw new IllegalArgumentException("The GitHub token is empty: pass a token (in a workflow, "
                    + "github-token: ${{ secrets.GITHUB_TOKEN }})");
        }
        for (char c : value) {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("The GitHub token contains whitespace or a control character: "
                        + "pass the token alone, without a line break or a 'token '/'Bearer ' prefix");
            }
        }
        return new Secret(value.clone());
    }

    /** A secret holding {@code value}. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        return of(value.toCharArray());
    }

    /**
     * The secret itself. Call it only to hand the token to the HTTP layer or to mask it
     * ({@code ::add-mask::}); never put it in a message.
     */
    public String reveal() {
        return new String(value);
    }

    /** {@code text} with every occurrence of the secret replaced by {@code ***}. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        return text.replace(reveal(), "***");
    }

    /** True when {@code text} contains the secret. */
    public boolean occursIn(String text) {
        return text != null && text.contains(reveal());
    }

    /** Overwrites the secret's characters; the secret is unusable afterwards. */
    public void destroy() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
