package dev.caxton.bench.agent.pekko;

import java.util.concurrent.CompletableFuture;

import org.apache.pekko.actor.typed.ActorRef;

import dev.caxton.bench.agent.AgentId;
import dev.caxton.bench.agent.AgentStoppedException;

/**
 * The envelopes an agent's actor understands besides plain messages. They are package-private, so a
 * user's message can never be mistaken for one.
 */
final class Protocol {
    private Protocol() {}

    /** An ask of {@code agent} answered by completing {@code reply} from inside the actor. */
    record Ask(Object message, CompletableFuture<Object> reply, long agent) {}

    /** An ask through Pekko's ask pattern: the answer (or {@link Failed}) is told to {@code replyTo}. */
    record AskVia(Object message, ActorRef<Object> replyTo, long agent) {}

    /** The behaviour threw while handling an {@link AskVia}. */
    record Failed(Throwable cause) {}

    record Stop(CompletableFuture<Void> done) {}

    record Checkpoint(CompletableFuture<byte[]> state, long agent) {}

    record Restore(byte[] state, CompletableFuture<Void> done, long agent) {}

    /** Settles an envelope that reached a stopped actor, so that its caller is not left waiting. */
    static void settleDead(Object message) {
        if (message instanceof Ask a) {
            a.reply().completeExceptionally(stopped(a.agent()));
        } else if (message instanceof AskVia a) {
            a.replyTo().tell(new Failed(stopped(a.agent())));
        } else if (message instanceof Stop s) {
            s.done().complete(null);
        } else if (message instanceof Checkpoint c) {
            c.state().completeExceptionally(stopped(c.agent()));
        } else if (message instanceof Restore r) {
            r.done().completeExceptionally(stopped(r.agent()));
        }
    }

    private static AgentStoppedException stopped(long agent) {
        return new AgentStoppedException(new AgentId(agent));
    }
}
