package dev.caxton.bench.archfixture;

/** Test fixture of the architecture rules: prints, reads the environment and exits. */
final class Noisy {
    void noise() {
        System.out.println(System.getenv("HOME"));
        System.exit(1);
    }
}
