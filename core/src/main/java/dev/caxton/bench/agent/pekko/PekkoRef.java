package dev.caxton.bench.agent.pekko;

import org.apache.pekko.actor.typed.ActorRef;

import dev.caxton.bench.agent.AgentId;
import dev.caxton.bench.agent.AgentRef;

/**
 * An agent's handle: its id and its actor while it lives. The actor reference is dropped when the
 * actor stops, so that a caller holding this handle does not keep the stopped actor reachable.
 */
final class PekkoRef implements AgentRef {
    final long id;
    private volatile ActorRef<Object> actor;
    private volatile boolean stopped;

    PekkoRef(long id) {
        this.id = id;
    }

    void attach(ActorRef<Object> spawned) {
        actor = spawned;
        if (stopped) {
            actor = null;
        }
    }

    void detach() {
        stopped = true;
        actor = null;
    }

    /** The live actor, or null once stopped. */
    ActorRef<Object> actor() {
        return actor;
    }

    @Override
    public AgentId id() {
        return new AgentId(id);
    }

    @Override
    public String toString() {
        return "agent-" + id;
    }
}
