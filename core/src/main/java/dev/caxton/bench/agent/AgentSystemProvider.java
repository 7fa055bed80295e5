package dev.caxton.bench.agent;

/**
 * Registers an {@link AgentSystem} under a name; found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.caxton.bench.agent.AgentSystemProvider}). A provider must be cheap to
 * instantiate and must not touch its runtime's classes before {@link #create} is called, so that an
 * optional runtime missing from the classpath only fails when it is asked for.
 */
public interface AgentSystemProvider {
    /** The name users pass to {@code --system}. */
    String name();

    /** One line that says what this system is. */
    String description();

    /** Creates a started system. */
    AgentSystem create(AgentSystemConfig config);
}
