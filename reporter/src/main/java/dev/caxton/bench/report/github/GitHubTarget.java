package dev.caxton.bench.report.github;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where to publish: the REST API endpoint (the value of {@code GITHUB_API_URL}: {@code https://api.github.com},
 * or {@code https://HOST/api/v3} on GitHub Enterprise Server), the repository as {@code owner/name} and the token.
 * Its {@code toString} hides the token.
 */
public record GitHubTarget(URI apiUrl, String repository, Secret token) {
    /** The endpoint of github.com. */
    public static final URI GITHUB_COM = URI.create("https://api.github.com");

    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    public GitHubTarget {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(token, "token");
        if (!apiUrl.isAbsolute() || !("https".equals(apiUrl.getScheme()) || "http".equals(apiUrl.getScheme()))
                || apiUrl.getHost() == null) {
            throw new IllegalArgumentException("Invalid GitHub API URL '" + apiUrl + "': use an absolute http(s) URL "
                    + "such as " + GITHUB_COM + " or https://HOST/api/v3 (the value of GITHUB_API_URL)");
        }
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new IllegalArgumentException("Invalid repository '" + repository + "': use owner/name, as in "
                    + "GITHUB_REPOSITORY (for example octo-org/octo-repo)");
        }
    }

    /** A target from the text of {@code GITHUB_API_URL} and {@code GITHUB_REPOSITORY}. */
    public static GitHubTarget of(String apiUrl, String repository, Secret token) {
        Objects.requireNonNull(apiUrl, "apiUrl");
        URI uri;
        try {
            uri = URI.create(apiUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid GitHub API URL '" + apiUrl + "': use an absolute http(s) URL "
                    + "such as " + GITHUB_COM + " (the value of GITHUB_API_URL)", e);
        }
        return new GitHubTarget(uri, repository, token);
    }

    public String owner() {
        return repository.substring(0, repository.indexOf('/'));
    }

    public String name() {
        return repository.substring(repository.indexOf('/') + 1);
    }
}
