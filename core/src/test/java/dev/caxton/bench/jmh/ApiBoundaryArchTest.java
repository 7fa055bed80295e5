package dev.caxton.bench.jmh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;

class ApiBoundaryArchTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.caxton.bench.jmh", "dev.caxton.bench.importer");

    private static boolean thirdParty(JavaClass c) {
        String n = c.getName();
        return n.startsWith("org.openjdk.jmh.") || n.startsWith("org.HdrHistogram.") || n.startsWith("com.fasterxml.");
    }

    /** Users of our API must not depend on the libraries behind it: they may be replaced or upgraded. */
    @Test
    void publicMethodsExposeNoJmhHdrHistogramOrJacksonType() {
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..jmh_generated..")
                .should(new ArchCondition<JavaMethod>("use only our own or JDK types in their signature") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        boolean bad = thirdParty(m.getRawReturnType())
                                || m.getRawParameterTypes().stream().anyMatch(ApiBoundaryArchTest::thirdParty);
                        events.add(new SimpleConditionEvent(m, !bad, m.getFullName() + " exposes a third-party type"));
                    }
                }).check(CLASSES);
    }

    /** The importers know nothing of running JMH; the runner uses the importers (one mapping for both). */
    @Test
    void importersDoNotDependOnTheRunner() {
        noClasses().that().resideInAPackage("dev.caxton.bench.importer")
                .should().dependOnClassesThat(DescribedPredicate.describe("in dev.caxton.bench.jmh",
                        (JavaClass c) -> c.getPackageName().equals("dev.caxton.bench.jmh")))
                .check(CLASSES);
    }

    /** Library code never prints: output belongs to the command line. */
    @Test
    void noPrintingToTheConsole() {
        noClasses().that().resideInAnyPackage("dev.caxton.bench.jmh", "dev.caxton.bench.importer")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
