package dev.caxton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/** The architecture rules catch what they are meant to catch. */
class ArchitectureRulesTest {

    @Test
    void thirdPartyTypesInPublicSignaturesAreFound() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.caxton.bench.archfixture");
        EvaluationResult result = ArchitectureTest.publicApiExposesNoThirdPartyTypes.evaluate(classes);

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("Leaky exposes org.HdrHistogram.Histogram in field histogram"))
                .anySatisfy(d -> assertThat(d).contains("org.HdrHistogram.Histogram in of[]"))
                .anySatisfy(d -> assertThat(d).contains("org.HdrHistogram.Histogram in sizes[List]"))
                .noneSatisfy(d -> assertThat(d).contains("field internal"))
                .noneSatisfy(d -> assertThat(d).contains("in hidden["));
    }

    @Test
    void printingAndExitingAreFound() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.caxton.bench.archfixture");
        EvaluationResult result = ArchitectureTest.libraryCodeNeitherPrintsNorExits.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("System.out").contains("System.exit");
    }

    @Test
    void readingTheEnvironmentIsFound() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.caxton.bench.archfixture");
        assertThat(ArchitectureTest.libraryCodeReadsNoEnvironmentVariables.evaluate(classes).hasViolation()).isTrue();
    }
}
