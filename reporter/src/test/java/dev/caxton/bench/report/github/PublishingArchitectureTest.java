package dev.caxton.bench.report.github;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of the publishing packages (the public-API rule for all of the reporter is in its ArchitectureTest). */
@AnalyzeClasses(packages = {"dev.caxton.bench.report.github", "dev.caxton.bench.report.actions"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class PublishingArchitectureTest {
    @ArchTest
    static final ArchRule actionsFilesNeedNoHttp = noClasses()
            .that().resideInAPackage("dev.caxton.bench.report.actions..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kohsuke..", "dev.caxton.bench.report.github..")
            .because("the job summary, outputs and annotations are written even when GitHub cannot be reached");
}
