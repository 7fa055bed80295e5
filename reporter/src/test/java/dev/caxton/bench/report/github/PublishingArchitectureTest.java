package dev.caxton.bench.report.github;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The rules of the publishing packages. */
@AnalyzeClasses(packages = {"dev.caxton.bench.report.github", "dev.caxton.bench.report.actions"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class PublishingArchitectureTest {
    static final List<String> THIRD_PARTY = List.of("org.kohsuke", "com.fasterxml", "java.net.http");

    @ArchTest
    static final ArchRule publicSignaturesExposeNoGitHubApiType = classes()
            .that().arePublic()
            .should(exposeNoThirdPartyTypes())
            .because("callers see our own records; github-api, Jackson and the HTTP client stay replaceable");

    @ArchTest
    static final ArchRule actionsFilesNeedNoHttp = noClasses()
            .that().resideInAPackage("dev.caxton.bench.report.actions..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kohsuke..", "dev.caxton.bench.report.github..")
            .because("the job summary, outputs and annotations are written even when GitHub cannot be reached");

    static ArchCondition<JavaClass> exposeNoThirdPartyTypes() {
        return new ArchCondition<>("expose no third-party type in a public signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Set<String> leaks = new TreeSet<>();
                c.getRawSuperclass().ifPresent(s -> leak(leaks, "superclass", Set.of(s)));
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (u.getModifiers().contains(JavaModifier.PUBLIC)
                            && !u.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        leak(leaks, u.getName(), u.getAllInvolvedRawTypes());
                    }
                }
                leaks.forEach(l -> events.add(SimpleConditionEvent.violated(c, c.getName() + " exposes " + l)));
            }
        };
    }

    private static void leak(Set<String> leaks, String where, Set<JavaClass> types) {
        for (JavaClass t : types) {
            if (THIRD_PARTY.stream().anyMatch(p -> t.getName().startsWith(p + "."))) {
                leaks.add(t.getName() + " in " + where);
            }
        }
    }
}
