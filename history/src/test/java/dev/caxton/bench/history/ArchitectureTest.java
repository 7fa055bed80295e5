package dev.caxton.bench.history;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    /** Implementation libraries of history that must not appear in its public API. */
    static final List<String> THIRD_PARTY = List.of("org.HdrHistogram", "com.fasterxml", "org.apache.commons");

    @ArchTest
    static final ArchRule publicApiExposesNoThirdPartyTypes = classes()
            .that().arePublic()
            .should(new ArchCondition<JavaClass>("expose no third-party type in a public signature") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    Set<String> leaks = new TreeSet<>();
                    c.getInterfaces().forEach(i -> leak(leaks, "interface", i.getAllInvolvedRawTypes()));
                    c.getRawSuperclass().ifPresent(sup -> leak(leaks, "superclass", Set.of(sup)));
                    for (JavaField f : c.getFields()) {
                        if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
                            leak(leaks, "field " + f.getName(), f.getType().getAllInvolvedRawTypes());
                        }
                    }
                    for (JavaCodeUnit u : c.getCodeUnits()) {
                        if (u.getModifiers().contains(JavaModifier.PUBLIC)) {
                            leak(leaks, u.getName(), u.getAllInvolvedRawTypes());
                        }
                    }
                    leaks.forEach(l -> events.add(SimpleConditionEvent.violated(c, c.getName() + " exposes " + l)));
                }
            })
            .because("users see our own records, never HdrHistogram, Jackson or commons types, so the "
                    + "implementation can change without breaking them");

    private static void leak(Set<String> leaks, String where, Set<JavaClass> types) {
        for (JavaClass t : types) {
            if (THIRD_PARTY.stream().anyMatch(p -> t.getName().startsWith(p + "."))) {
                leaks.add(t.getName() + " in " + where);
            }
        }
    }
}
