package dev.caxton.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules that keep core a library others build on: it knows nothing of the modules above it,
 * never prints, exits or reads the environment, and hides its implementation libraries behind its
 * own types.
 */
@AnalyzeClasses(packages = "dev.caxton.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Implementation libraries of core that must not appear in its public API. */
    static final List<String> THIRD_PARTY = List.of("org.HdrHistogram", "org.openjdk.jmh", "com.fasterxml",
            "org.jctools", "org.apache.pekko", "scala", "org.apache.commons", "akka");

    /**
     * JMH benchmark classes and JMH's generated code are written for JMH and must be public with JMH
     * types in their signatures (Blackhole, state and infrastructure parameters): they are JMH's
     * API, not ours.
     */
    static final DescribedPredicate<JavaClass> JMH_CODE = DescribedPredicate.describe("JMH benchmark or generated code",
            c -> c.getPackageName().contains("jmh_generated") || usesJmhAnnotations(c)
                    || c.getEnclosingClass().map(ArchitectureTest::usesJmhAnnotations).orElse(false));

    @ArchTest
    static final ArchRule coreDependsOnNoModuleAboveIt = noClasses()
            .that().resideInAPackage("dev.caxton.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.caxton.bench.history..", "dev.caxton.bench.report..",
                    "dev.caxton.bench.cli..")
            .because("modules depend one way, core <- history <- reporter <- action, so that core can be used alone");

    @ArchTest
    static final ArchRule libraryCodeNeitherPrintsNorExits = noClasses()
            .that(DescribedPredicate.not(JMH_CODE))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("only the CLI's Main prints and exits; library code reports through listeners and exceptions");

    @ArchTest
    static final ArchRule libraryCodeReadsNoEnvironmentVariables = noClasses()
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .because("only the action module reads the environment; library code takes immutable configuration");

    @ArchTest
    static final ArchRule publicApiExposesNoThirdPartyTypes = classes()
            .that().arePublic().and(DescribedPredicate.not(JMH_CODE))
            .should(exposeNoThirdPartyTypes())
            .because("users see our own records, never HdrHistogram, JMH, Jackson, JCTools, Pekko or Scala types, "
                    + "so implementations can change without breaking them");

    private static boolean usesJmhAnnotations(JavaClass c) {
        Stream<JavaMember> members = Stream.concat(c.getMethods().stream(), c.getFields().stream());
        return c.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName().startsWith("org.openjdk.jmh"))
                || members.anyMatch(m -> m.getAnnotations().stream()
                .anyMatch(a -> a.getRawType().getPackageName().startsWith("org.openjdk.jmh")));
    }

    /** Checks supertypes and the signatures (generic arguments included) of public and protected members. */
    static ArchCondition<JavaClass> exposeNoThirdPartyTypes() {
        return new ArchCondition<>("expose no third-party type in a public signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (!isPublicApi(c)) {
                    return;
                }
                Set<String> leaks = new TreeSet<>();
                c.getRawSuperclass().ifPresent(s -> leak(leaks, "superclass", Set.of(s)));
                c.getInterfaces().forEach(i -> leak(leaks, "interface", i.getAllInvolvedRawTypes()));
                for (JavaField f : c.getFields()) {
                    if (visible(f, c)) {
                        leak(leaks, "field " + f.getName(), f.getType().getAllInvolvedRawTypes());
                    }
                }
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (visible(u, c) && !u.getModifiers().contains(JavaModifier.SYNTHETIC)
                            && !u.getModifiers().contains(JavaModifier.BRIDGE)) {
                        leak(leaks, u.getName() + u.getRawParameterTypes().stream().map(JavaClass::getSimpleName).toList(),
                                u.getAllInvolvedRawTypes());
                    }
                }
                for (String l : leaks) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " exposes " + l));
                }
            }
        };
    }

    private static void leak(Set<String> leaks, String where, Set<JavaClass> types) {
        for (JavaClass t : types) {
            String name = t.getName();
            if (THIRD_PARTY.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."))) {
                leaks.add(name + " in " + where);
            }
        }
    }

    /** Public, and every enclosing class public too. */
    private static boolean isPublicApi(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC)
                && c.getEnclosingClass().map(ArchitectureTest::isPublicApi).orElse(true);
    }

    /** Public members, and protected members of classes that can be subclassed. */
    private static boolean visible(JavaMember m, JavaClass owner) {
        return m.getModifiers().contains(JavaModifier.PUBLIC)
                || (m.getModifiers().contains(JavaModifier.PROTECTED) && !owner.getModifiers().contains(JavaModifier.FINAL));
    }
}
