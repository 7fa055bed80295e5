package dev.caxton.bench.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.caxton.bench.ArchitectureRules;

/**
 * The rules of the reporter module. Its package-info is compiled ({@code -Xpkginfo:always}), so the
 * rules always see at least one class and never pass on an empty import.
 */
@AnalyzeClasses(packages = "dev.caxton.bench.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reporterDependsOnNoModuleAboveIt = noClasses()
            .that().resideInAPackage("dev.caxton.bench.report..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.caxton.bench.cli..")
            .because("modules depend one way, core <- history <- reporter <- action");

    @ArchTest
    static final ArchRule libraryCodeNeitherPrintsNorExits =
            ArchitectureRules.libraryCodeNeitherPrintsNorExits(DescribedPredicate.alwaysFalse());

    @ArchTest
    static final ArchRule libraryCodeReadsNoEnvironmentVariables = ArchitectureRules.libraryCodeReadsNoEnvironmentVariables();

    /** Implementation libraries of the reporter that must not appear in its public API. */
    static final List<String> THIRD_PARTY = List.of("freemarker", "org.kohsuke", "com.fasterxml", "java.net.http",
            "org.HdrHistogram", "org.apache.commons");

    @ArchTest
    static final ArchRule publicApiExposesNoThirdPartyTypes = classes()
            .that().arePublic()
            .should(ArchitectureRules.exposeNoTypesFrom(THIRD_PARTY))
            .because("callers see our own records, never FreeMarker, github-api, Jackson or the HTTP client, so "
                    + "templates and publishers can change without breaking them");
}
