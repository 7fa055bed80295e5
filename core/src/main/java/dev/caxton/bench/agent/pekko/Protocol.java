package dev.caxton.bench.agent.pekko;

import java.util.concurrent.CompletableFuture;

import org.apache.pekko.actor.typed.ActorRef;

/**
 * The envelopes an agent's actor understands besides plain messages. They are package-private, so a
 * user's message can never be mistaken for one.
 */
final class Protocol {
    private Protocol() {}

    /** An ask answered by completing {@code reply} from inside the actor. */
    record Ask(Object message, CompletableFuture<Object> reply) {}

    /** An ask through Pekko's ask pattern: the answer (or {@link Failed}) is told to {@code replyTo}. */
    record AskVia(Object message, ActorRef<Object> replyTo) {}

    /** The behaviour threw while handling an {@link AskVia}. */
    record Failed(Throwable cause) {}

    record Stop(CompletableFuture<Void> done) {}

    record Checkpoint(CompletableFuture<byte[]> state) {}

    record Restore(byte[] state, CompletableFuture<Void> done) {}

    /** Settles an envelope that reached a stopped actor, so that its caller is not left waiting. */
    static void settleDead(Object message) {
        if (message instanceof Ask a) {
            a.reply().completeExceptionally(new IllegalStateException("the agent is stopped"));
        } else if (message instanceof AskVia a) {
            a.replyTo().tell(new Failed(new IllegalStateException("the agent is stopped")));
        } else if (message instanceof Stop s) {
            s.done().complete(null);
        } else if (message instanceof Checkpoint c) {
            c.state().completeExceptionally(new IllegalStateException("the agent is stopped"));
        } else if (message instanceof Restore r) {
            r.done().completeExceptionally(new IllegalStateException("the agent is stopped"));
        }
    }
}
