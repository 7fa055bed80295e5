package dev.caxton.bench.report.github;

import java.util.regex.Pattern;

/** Validation of commit ids. */
final class Shas {
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}");

    private Shas() {}

    static void requireSha(String sha) {
        if (!SHA.matcher(sha).matches()) {
            throw new IllegalArgumentException("Invalid commit '" + sha + "': use a full 40-hex-digit commit id "
                    + "(on a pull request, github.event.pull_request.head.sha)");
        }
    }
}
