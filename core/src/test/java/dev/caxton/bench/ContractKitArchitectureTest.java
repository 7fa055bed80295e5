package dev.caxton.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.security.CodeSource;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * What an implementer's project gets: the SPI and the contract kits must work with core and JUnit
 * alone. The kits ship in the core test-jar, whose other classes need test libraries (AssertJ, jqwik)
 * that a test-jar does not bring to its users; a kit that touched them failed in users' projects with
 * {@code NoClassDefFoundError}. The SPI package depends on the JDK only, so that it can become an
 * artifact of its own without a change (see docs/architecture.md).
 */
class ContractKitArchitectureTest {
    /** The contract kits, and everything nested in them. */
    static final List<String> KITS = List.of("dev.caxton.bench.agent.AgentSystemContract",
            "dev.caxton.bench.suite.SuiteContract");

    /** What a kit may use besides core's main classes. */
    private static final List<String> KIT_LIBRARIES = List.of("java.", "org.junit.", "org.opentest4j.");

    /** The kits' own classes. */
    private static final JavaClasses KIT_CLASSES = new ClassFileImporter()
            .withImportOption(location -> KITS.stream().anyMatch(k -> location.contains(k.replace('.', '/'))))
            .importPackages("dev.caxton.bench.agent", "dev.caxton.bench.suite");
    /** The classes of the SPI package, without its subpackages. */
    private static final JavaClasses SPI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> location.matches(Pattern.compile(".*/dev/caxton/bench/agent/[^/]+\\.class")))
            .importPackages("dev.caxton.bench.agent");

    static final ArchRule kitsNeedOnlyCoreAndJUnit = classes()
            .that(com.tngtech.archunit.base.DescribedPredicate.describe("are contract kits", ContractKitArchitectureTest::isKit))
            .should(useOnlyCoreAndJUnit())
            .because("the kits run in implementers' projects, which have core, the core test-jar and JUnit, "
                    + "and no test library of ours");

    static final ArchRule spiDependsOnTheJdkOnly = classes()
            .that().resideInAPackage("dev.caxton.bench.agent")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.caxton.bench.agent")
            .because("the SPI an implementer compiles against must stay free of JMH, Jackson and commons-math3, "
                    + "so that it can move to an artifact of its own unchanged");

    private static boolean isKit(JavaClass c) {
        return KITS.stream().anyMatch(k -> c.getName().equals(k) || c.getName().startsWith(k + "$"));
    }

    /** A class of core's main output (not of its tests), by where the class loader finds it. */
    private static boolean isCoreMainClass(String name) {
        if (!name.startsWith("dev.caxton.bench.")) {
            return false;
        }
        try {
            CodeSource source = Class.forName(name, false, ContractKitArchitectureTest.class.getClassLoader())
                    .getProtectionDomain().getCodeSource();
            return source != null && !source.getLocation().toString().contains("/test-classes/");
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static ArchCondition<JavaClass> useOnlyCoreAndJUnit() {
        return new ArchCondition<>("use only core's main classes, the JDK and JUnit") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String name = target.getName();
                    boolean allowed = target.isPrimitive() || KIT_LIBRARIES.stream().anyMatch(name::startsWith)
                            || isKit(target) || isCoreMainClass(name);
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    @Test
    void theContractKitsNeedOnlyCoreAndJUnit() {
        kitsNeedOnlyCoreAndJUnit.check(KIT_CLASSES);
    }

    @Test
    void theSpiPackageDependsOnTheJdkOnly() {
        spiDependsOnTheJdkOnly.check(SPI);
    }
}
