package dev.caxton.bench.agent.pekko;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystems;

class PekkoAgentSystemProviderTest {

    @Test
    void isFoundByName() {
        assertThat(AgentSystems.require("pekko")).isInstanceOf(PekkoAgentSystemProvider.class);
    }

    @Test
    void withPekkoOnTheClassPathTheDescriptionSaysItIsThereNotThatItIsNeeded() {
        assertThat(new PekkoAgentSystemProvider().description()).contains("Pekko 1.7.0 is on the class path")
                .doesNotContain("needs");
    }

    @Test
    void withoutPekkoOnTheClasspathCreateNamesTheMissingDependency() throws Exception {
        URL ourClasses = PekkoAgentSystemProvider.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader withoutPekko = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.apache.pekko.") || name.startsWith("dev.caxton.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {ourClasses}, withoutPekko)) {
            Class<?> provider = isolated.loadClass(PekkoAgentSystemProvider.class.getName());
            Class<?> config = isolated.loadClass(AgentSystemConfig.class.getName());
            Object instance = provider.getConstructor().newInstance();
            assertThat(provider.getMethod("name").invoke(instance)).as("the provider loads without Pekko")
                    .isEqualTo("pekko");
            assertThat((String) provider.getMethod("description").invoke(instance))
                    .contains("needs org.apache.pekko:pekko-actor-typed_2.13:1.7.0 on the class path");
            Object defaults = config.getConstructor(int.class, Map.class).newInstance(1, Map.of());
            Method create = provider.getMethod("create", config);

            Throwable thrown = catchThrowable(() -> create.invoke(instance, defaults));

            assertThat(thrown).isInstanceOf(InvocationTargetException.class);
            assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("org.apache.pekko:pekko-actor-typed_2.13:1.7.0");
        }
    }
}
