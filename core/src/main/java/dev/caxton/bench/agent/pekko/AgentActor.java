package dev.caxton.bench.agent.pekko;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.Behavior;
import dev.caxton.bench.agent.NoReplyException;

/**
 * One agent as a Pekko actor. A restart (by the supervisor wrapped around it) creates a new instance
 * with a fresh behaviour from the agent's factory. It is also the {@link AgentContext} of the message
 * being handled.
 */
final class AgentActor extends AbstractBehavior<Object> implements AgentContext {
    private final PekkoAgentSystem system;
    private final PekkoRef ref;
    private Behavior behavior;
    private CompletableFuture<Object> currentReply;
    private ActorRef<Object> currentReplyTo;
    private boolean replied;
    private List<CompletableFuture<Void>> stopWaiters = List.of();

    AgentActor(ActorContext<Object> context, PekkoAgentSystem system, PekkoRef ref, Behavior behavior) {
        super(context);
        this.system = system;
        this.ref = ref;
        this.behavior = behavior;
    }

    @Override
    public Receive<Object> createReceive() {
        return newReceiveBuilder()
                .onMessage(Protocol.Ask.class, this::onAsk)
                .onMessage(Protocol.AskVia.class, this::onAskVia)
                .onMessage(Protocol.Stop.class, this::onStop)
                .onMessage(Protocol.Checkpoint.class, this::onCheckpoint)
                .onMessage(Protocol.Restore.class, this::onRestore)
                .onAnyMessage(this::onPlain)
                .onSignal(PostStop.class, signal -> onPostStop())
                .build();
    }

    private org.apache.pekko.actor.typed.Behavior<Object> onPlain(Object message) throws Exception {
        currentReply = null;
        currentReplyTo = null;
        handle(message);
        return this;
    }

    private org.apache.pekko.actor.typed.Behavior<Object> onAsk(Protocol.Ask ask) throws Exception {
        currentReply = ask.reply();
        currentReplyTo = null;
        try {
            handle(ask.message());
        } catch (Exception e) {
            ask.reply().completeExceptionally(AgentFailure.unwrap(e));
            throw e;
        } finally {
            currentReply = null;
        }
        if (!ask.reply().isDone()) {
            ask.reply().completeExceptionally(new NoReplyException(ref.id()));
        }
        return this;
    }

    private org.apache.pekko.actor.typed.Behavior<Object> onAskVia(Protocol.AskVia ask) throws Exception {
        currentReply = null;
        currentReplyTo = ask.replyTo();
        replied = false;
        try {
            handle(ask.message());
        } catch (Exception e) {
            if (!replied) {
                ask.replyTo().tell(new Protocol.Failed(AgentFailure.unwrap(e)));
            }
            throw e;
        } finally {
            currentReplyTo = null;
        }
        if (!replied) {
            ask.replyTo().tell(new Protocol.Failed(new NoReplyException(ref.id())));
        }
        return this;
    }

    /** Runs the behaviour; an {@link Error} becomes an exception so that Pekko's supervisor handles it. */
    private void handle(Object message) throws Exception {
        try {
            behavior.onMessage(message, this);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Error e) {
            throw new AgentFailure(e);
        }
    }

    private org.apache.pekko.actor.typed.Behavior<Object> onStop(Protocol.Stop stop) {
        if (stopWaiters.isEmpty()) {
            stopWaiters = new ArrayList<>(1);
        }
        stopWaiters.add(stop.done());
        return Behaviors.stopped();
    }

    private org.apache.pekko.actor.typed.Behavior<Object> onCheckpoint(Protocol.Checkpoint checkpoint) {
        try {
            checkpoint.state().complete(behavior.checkpoint());
        } catch (RuntimeException | Error e) {
            checkpoint.state().completeExceptionally(e);
        }
        return this;
    }

    private org.apache.pekko.actor.typed.Behavior<Object> onRestore(Protocol.Restore restore) {
        try {
            behavior.restore(restore.state());
            restore.done().complete(null);
        } catch (RuntimeException | Error e) {
            restore.done().completeExceptionally(e);
        }
        return this;
    }

    private org.apache.pekko.actor.typed.Behavior<Object> onPostStop() {
        behavior = null;
        ref.detach();
        system.unregister(ref);
        for (CompletableFuture<Void> waiter : stopWaiters) {
            waiter.complete(null);
        }
        return this;
    }

    @Override
    public AgentRef self() {
        return ref;
    }

    @Override
    public AgentSystem system() {
        return system;
    }

    @Override
    public void reply(Object response) {
        if (currentReply != null) {
            currentReply.complete(response);
        } else if (currentReplyTo != null && !replied) {
            replied = true;
            currentReplyTo.tell(response);
        }
    }

    /** An {@link Error} thrown by a behaviour, carried as an exception to Pekko's supervisor. */
    static final class AgentFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AgentFailure(Error cause) {
            super(cause.toString(), cause);
        }

        /** What the behaviour threw: the {@link Error} an {@code AgentFailure} carries, or {@code e} itself. */
        static Throwable unwrap(Exception e) {
            return e instanceof AgentFailure ? e.getCause() : e;
        }
    }
}
