package dev.caxton.bench.agent.pekko;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pekko.actor.DeadLetter;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

import dev.caxton.bench.agent.AgentId;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentStoppedException;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.FailurePolicy;

/**
 * {@link AgentSystem} on Apache Pekko typed actors: one actor per agent, spawned as a system actor
 * (synchronously, so the returned ref is usable at once), supervised by Pekko's
 * {@link SupervisorStrategy} as the agent's {@link FailurePolicy} says. Plain sends are told to the
 * actor as they are; asks, stops, checkpoints and restores are envelopes processed in mailbox order.
 * Entries that reach a stopped actor come back as dead letters and are settled by a listener, so that
 * no future is left pending.
 */
final class PekkoAgentSystem implements AgentSystem {
    private final ActorSystem<Void> actors;
    private final ConcurrentHashMap<Long, PekkoRef> table = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final boolean askByPattern;
    private final Duration askTimeout;
    private volatile boolean closed;

    private PekkoAgentSystem(AgentSystemConfig config) {
        String askMode = config.option("ask").orElse("direct");
        if (!askMode.equals("direct") && !askMode.equals("pattern")) {
            throw new IllegalArgumentException("The pekko system's option 'ask' must be 'direct' or 'pattern', got '"
                    + askMode + "'");
        }
        this.askByPattern = askMode.equals("pattern");
        this.askTimeout = Duration.ofMillis(askTimeoutMillis(config));
        this.actors = ActorSystem.create(Behaviors.empty(), "caxton-pekko", pekkoConfig(config.parallelism()));
        ActorRef<DeadLetter> settler = actors.systemActorOf(
                Behaviors.receive(DeadLetter.class).onMessage(DeadLetter.class, letter -> {
                    Protocol.settleDead(letter.message());
                    return Behaviors.same();
                }).build(), "caxton-dead-letters", Props.empty());
        // Subscribed synchronously on the classic event stream: the typed Subscribe message is processed
        // later, and a dead letter published before it (an agent failing at once) would be lost.
        Adapter.toClassic(actors).eventStream().subscribe(Adapter.toClassic(settler), DeadLetter.class);
    }

    private static long askTimeoutMillis(AgentSystemConfig config) {
        String value = config.option("ask.timeout.ms").orElse("30000");
        long millis;
        try {
            millis = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The pekko system's option 'ask.timeout.ms' must be a whole number "
                    + "of milliseconds, got '" + value + "'", e);
        }
        if (millis <= 0) {
            throw new IllegalArgumentException("The pekko system's option 'ask.timeout.ms' must be positive, got "
                    + millis);
        }
        return millis;
    }

    static AgentSystem start(AgentSystemConfig config) {
        return new PekkoAgentSystem(config);
    }

    /** Quiet logging, the default dispatcher sized to {@code parallelism}, no JVM-wide hooks. */
    private static Config pekkoConfig(int parallelism) {
        return ConfigFactory.parseString(String.join("\n",
                "pekko.loglevel = WARNING",
                "pekko.stdout-loglevel = OFF",
                "pekko.log-dead-letters = off",
                "pekko.log-dead-letters-during-shutdown = off",
                "pekko.log-config-on-start = off",
                "pekko.jvm-exit-on-fatal-error = off",
                "pekko.jvm-shutdown-hooks = off",
                "pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off",
                "pekko.actor.default-dispatcher.fork-join-executor.parallelism-min = " + parallelism,
                "pekko.actor.default-dispatcher.fork-join-executor.parallelism-max = " + parallelism))
                .withFallback(ConfigFactory.defaultReference(PekkoAgentSystem.class.getClassLoader()));
    }

    @Override
    public String name() {
        return "pekko";
    }

    @Override
    public AgentRef spawn(AgentSpec spec) {
        if (closed) {
            throw new IllegalStateException("This pekko agent system is closed; create a new one to spawn agents");
        }
        long id = ids.incrementAndGet();
        PekkoRef ref = new PekkoRef(id);
        table.put(id, ref);
        ActorRef<Object> actor = actors.systemActorOf(supervised(spec, ref), "agent-" + id, Props.empty());
        ref.attach(actor);
        return ref;
    }

    private org.apache.pekko.actor.typed.Behavior<Object> supervised(AgentSpec spec, PekkoRef ref) {
        org.apache.pekko.actor.typed.Behavior<Object> agent =
                Behaviors.setup(context -> new AgentActor(context, this, ref, spec.behavior().get()));
        FailurePolicy policy = spec.failurePolicy();
        SupervisorStrategy strategy = switch (policy.action()) {
            case RESUME -> SupervisorStrategy.resume().withLoggingEnabled(false);
            case STOP -> SupervisorStrategy.stop().withLoggingEnabled(false);
            case RESTART -> policy.maxRestarts() == Integer.MAX_VALUE
                    ? SupervisorStrategy.restart().withLoggingEnabled(false)
                    : SupervisorStrategy.restart().withLimit(policy.maxRestarts(), policy.window())
                            .withLoggingEnabled(false);
        };
        return Behaviors.supervise(agent).onFailure(Exception.class, strategy);
    }

    /** Called by the agent's actor when it stops: it is no longer routable. */
    void unregister(PekkoRef ref) {
        table.remove(ref.id, ref);
    }

    @Override
    public Optional<AgentRef> lookup(AgentId id) {
        return Optional.ofNullable(table.get(id.value()));
    }

    @Override
    public void send(AgentRef target, Object message) {
        ActorRef<Object> actor = actorOf(target);
        if (actor != null) {
            actor.tell(message);
        }
    }

    @Override
    public CompletableFuture<Object> ask(AgentRef target, Object message) {
        CompletableFuture<Object> reply = new CompletableFuture<>();
        ActorRef<Object> actor = actorOf(target);
        if (actor == null) {
            reply.completeExceptionally(stopped(target));
        } else if (askByPattern) {
            AskPattern.<Object, Object>ask(actor, replyTo -> new Protocol.AskVia(message, replyTo, target.id().value()), askTimeout,
                    actors.scheduler()).whenCompleteAsync((answer, failure) -> {
                        if (failure != null) {
                            reply.completeExceptionally(failure);
                        } else if (answer instanceof Protocol.Failed f) {
                            reply.completeExceptionally(f.cause());
                        } else {
                            reply.complete(answer);
                        }
                    }, Runnable::run);
        } else {
            actor.tell(new Protocol.Ask(message, reply, target.id().value()));
        }
        return reply;
    }

    @Override
    public CompletableFuture<Void> stop(AgentRef target) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ActorRef<Object> actor = actorOf(target);
        if (actor == null) {
            done.complete(null);
        } else {
            actor.tell(new Protocol.Stop(done));
        }
        return done;
    }

    @Override
    public CompletableFuture<byte[]> checkpoint(AgentRef target) {
        CompletableFuture<byte[]> state = new CompletableFuture<>();
        ActorRef<Object> actor = actorOf(target);
        if (actor == null) {
            state.completeExceptionally(stopped(target));
        } else {
            actor.tell(new Protocol.Checkpoint(state, target.id().value()));
        }
        return state;
    }

    @Override
    public CompletableFuture<Void> restore(AgentRef target, byte[] state) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ActorRef<Object> actor = actorOf(target);
        if (actor == null) {
            done.completeExceptionally(stopped(target));
        } else {
            actor.tell(new Protocol.Restore(state.clone(), done, target.id().value()));
        }
        return done;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Pekko drops what is left in a mailbox at termination, after the dead-letter settler has
        // stopped: stop each agent behind what it has queued, so that every future is settled first.
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (PekkoRef ref : table.values()) {
            ActorRef<Object> actor = ref.actor();
            if (actor != null) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                actor.tell(new Protocol.Stop(done));
                stops.add(done);
            }
        }
        try {
            CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException stuck) {
            // a behaviour that does not return: terminating is all that is left
        }
        actors.terminate();
        try {
            actors.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The Pekko actor system did not terminate within 30 s", e);
        } finally {
            for (PekkoRef ref : table.values()) {
                ref.detach();
            }
            table.clear();
        }
    }

    private ActorRef<Object> actorOf(AgentRef target) {
        if (closed) {
            return null;
        }
        PekkoRef ref = target instanceof PekkoRef p ? p : table.get(target.id().value());
        return ref == null ? null : ref.actor();
    }

    static AgentStoppedException stopped(AgentRef target) {
        return new AgentStoppedException(target.id());
    }
}
