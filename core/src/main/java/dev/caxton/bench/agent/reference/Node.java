package dev.caxton.bench.agent.reference;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;

/**
 * A link of an agent's intrusive mailbox (a Vyukov multi-producer single-consumer linked queue). The
 * subclasses are the kinds of mailbox entry: a user message, an ask, and the control entries that are
 * processed in mailbox order (stop, checkpoint, restore).
 */
abstract class Node {
    static final VarHandle NEXT;

    static {
        try {
            NEXT = MethodHandles.lookup().findVarHandle(Node.class, "next", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Written by the producer that linked the following node (release), read by the consumer (acquire). */
    Node next;

    /** A fire-and-forget message. */
    static class Message extends Node {
        Object payload;

        Message(Object payload) {
            this.payload = payload;
        }
    }

    /** A request whose answer completes {@link #reply}. */
    static final class Ask extends Message {
        final CompletableFuture<Object> reply;

        Ask(Object payload, CompletableFuture<Object> reply) {
            super(payload);
            this.reply = reply;
        }
    }

    /** Stops the agent once the entries queued before it are processed. */
    static final class Stop extends Node {
        final CompletableFuture<Void> done;

        Stop(CompletableFuture<Void> done) {
            this.done = done;
        }
    }

    /** Takes the behaviour's state. */
    static final class Checkpoint extends Node {
        final CompletableFuture<byte[]> state;

        Checkpoint(CompletableFuture<byte[]> state) {
            this.state = state;
        }
    }

    /** Replaces the behaviour's state. */
    static final class Restore extends Node {
        final byte[] state;
        final CompletableFuture<Void> done;

        Restore(byte[] state, CompletableFuture<Void> done) {
            this.state = state;
            this.done = done;
        }
    }
}
