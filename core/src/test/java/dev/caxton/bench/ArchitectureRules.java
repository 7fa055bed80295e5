package dev.caxton.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules every library module (core, history, reporter) states about itself, written
 * once: library code neither prints, exits nor reads the environment, and its public API shows none of
 * the third-party types it is built on. Each module's {@code ArchitectureTest} applies them with its own
 * list of implementation libraries; {@code ArchitectureRulesTest} proves they catch what they claim.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    /** Library code (but {@code exempt}) touches no standard stream and never exits the JVM. */
    public static ArchRule libraryCodeNeitherPrintsNorExits(DescribedPredicate<? super JavaClass> exempt) {
        return noClasses()
                .that(DescribedPredicate.not(exempt))
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("only the CLI's Main prints and exits; library code reports through listeners, return "
                        + "values and exceptions");
    }

    /** Library code never reads environment variables. */
    public static ArchRule libraryCodeReadsNoEnvironmentVariables() {
        return noClasses()
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .because("only the action module reads the environment; library code takes immutable configuration");
    }

    /**
     * Checks the supertypes and the signatures (generic arguments included) of the public and protected
     * members of public classes (whose enclosing classes are public too) for a type of one of
     * {@code packages} (prefixes such as {@code org.HdrHistogram}).
     */
    public static ArchCondition<JavaClass> exposeNoTypesFrom(List<String> packages) {
        List<String> prefixes = List.copyOf(packages);
        return new ArchCondition<>("expose no type of " + prefixes + " in a public signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (!isPublicApi(c)) {
                    return;
                }
                Set<String> leaks = new TreeSet<>();
                c.getRawSuperclass().ifPresent(s -> leak(prefixes, leaks, "superclass", Set.of(s)));
                c.getInterfaces().forEach(i -> leak(prefixes, leaks, "interface", i.getAllInvolvedRawTypes()));
                for (JavaField f : c.getFields()) {
                    if (visible(f, c)) {
                        leak(prefixes, leaks, "field " + f.getName(), f.getType().getAllInvolvedRawTypes());
                    }
                }
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (visible(u, c) && !u.getModifiers().contains(JavaModifier.SYNTHETIC)
                            && !u.getModifiers().contains(JavaModifier.BRIDGE)) {
                        leak(prefixes, leaks, u.getName() + u.getRawParameterTypes().stream().map(JavaClass::getSimpleName).toList(),
                                u.getAllInvolvedRawTypes());
                    }
                }
                for (String l : leaks) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " exposes " + l));
                }
            }
        };
    }

    private static void leak(List<String> prefixes, Set<String> leaks, String where, Set<JavaClass> types) {
        for (JavaClass t : types) {
            String name = t.getName();
            if (prefixes.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."))) {
                leaks.add(name + " in " + where);
            }
        }
    }

    /** Public, and every enclosing class public too. */
    private static boolean isPublicApi(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC)
                && c.getEnclosingClass().map(ArchitectureRules::isPublicApi).orElse(true);
    }

    /** Public members, and protected members of classes that can be subclassed. */
    private static boolean visible(JavaMember m, JavaClass owner) {
        return m.getModifiers().contains(JavaModifier.PUBLIC)
                || (m.getModifiers().contains(JavaModifier.PROTECTED) && !owner.getModifiers().contains(JavaModifier.FINAL));
    }
}
