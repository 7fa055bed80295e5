package dev.caxton.bench.history;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the history module. Its package-info is compiled ({@code -Xpkginfo:always}), so the
 * rules always see at least one class and never pass on an empty import.
 */
@AnalyzeClasses(packages = "dev.caxton.bench.history", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule historyDependsOnNoModuleAboveIt = noClasses()
            .that().resideInAPackage("dev.caxton.bench.history..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.caxton.bench.report..", "dev.caxton.bench.cli..")
            .because("modules depend one way, core <- history <- reporter <- action");

    @ArchTest
    static final ArchRule libraryCodeNeitherPrintsNorExits = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .orShould().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .because("only the CLI's Main prints, exits and reads the environment; library code reports through "
                    + "return values and exceptions");
}
