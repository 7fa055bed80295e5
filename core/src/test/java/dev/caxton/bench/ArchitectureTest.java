package dev.caxton.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
    static final ArchRule libraryCodeNeitherPrintsNorExits = ArchitectureRules.libraryCodeNeitherPrintsNorExits(JMH_CODE);

    @ArchTest
    static final ArchRule libraryCodeReadsNoEnvironmentVariables = ArchitectureRules.libraryCodeReadsNoEnvironmentVariables();

    @ArchTest
    static final ArchRule publicApiExposesNoThirdPartyTypes = classes()
            .that().arePublic().and(DescribedPredicate.not(JMH_CODE))
            .should(ArchitectureRules.exposeNoTypesFrom(THIRD_PARTY))
            .because("users see our own records, never HdrHistogram, JMH, Jackson, JCTools, Pekko or Scala types, "
                    + "so implementations can change without breaking them");

    private static boolean usesJmhAnnotations(JavaClass c) {
        Stream<JavaMember> members = Stream.concat(c.getMethods().stream(), c.getFields().stream());
        return c.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName().startsWith("org.openjdk.jmh"))
                || members.anyMatch(m -> m.getAnnotations().stream()
                .anyMatch(a -> a.getRawType().getPackageName().startsWith("org.openjdk.jmh")));
    }
}
