package dev.caxton.bench.agent.pekko;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemProvider;

/**
 * Registers Apache Pekko typed actors as {@code pekko}, so that users of Pekko can benchmark their
 * actors and the reference runtime can be compared with them. Pekko is an optional dependency: this
 * class touches no Pekko class until {@link #create} is called.
 *
 * <p>Options: {@code ask} = {@code direct} (default: the actor completes the caller's future) or
 * {@code pattern} (Pekko's {@code AskPattern.ask} with a temporary reply actor);
 * {@code ask.timeout.ms} for the pattern (default 30000): Pekko's ask pattern needs one, and since every
 * ask is answered, fails or is settled as stopped without it, it only bounds an ask Pekko lost.
 */
public final class PekkoAgentSystemProvider implements AgentSystemProvider {
    static final String VERSION = "1.7.0";
    static final String DEPENDENCY = "org.apache.pekko:pekko-actor-typed_2.13:" + VERSION;

    @Override
    public String name() {
        return "pekko";
    }

    /** Says whether Pekko is on the class path (it is in the runnable jar), and what to add when it is not. */
    @Override
    public String description() {
        return "Apache Pekko typed actors " + (pekkoPresent() ? "(Pekko " + VERSION + " is on the class path)"
                : "(needs " + DEPENDENCY + " on the class path)");
    }

    private static boolean pekkoPresent() {
        try {
            Class.forName("org.apache.pekko.actor.typed.ActorSystem", false, PekkoAgentSystemProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public AgentSystem create(AgentSystemConfig config) {
        try {
            return PekkoAgentSystem.start(config);
        } catch (NoClassDefFoundError missing) {
            throw new IllegalStateException("The 'pekko' agent system needs Apache Pekko on the classpath, but "
                    + missing.getMessage() + " is missing. Add the dependency " + DEPENDENCY
                    + " (Maven: groupId org.apache.pekko, artifactId pekko-actor-typed_2.13, version 1.7.0).",
                    missing);
        }
    }
}
