package dev.caxton.bench.agent;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link AgentSystem} must show for the shipped benchmarks to mean what they say:
 * each rule of {@link AgentSystem}'s javadoc is a test here. Extend it for your implementation and
 * return a fresh, started system from {@link #createSystem()}; the kit closes it after each test.
 *
 * <p>The kit checks behaviour only, never timing. Its waits are bounded ({@link #PATIENCE}) only so that
 * a broken implementation fails instead of hanging. It needs nothing but JUnit Jupiter and core on the
 * test class path (no assertion library), so that it runs in any project that adds the core test-jar.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
public abstract class AgentSystemContract {
    /** How long any single wait may take before the kit calls it a failure. */
    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How many times the kit asks for a garbage collection before it calls an object leaked. */
    private static final int GC_ATTEMPTS = 50;

    protected AgentSystem system;

    /** A fresh, started system; called before each test. */
    protected abstract AgentSystem createSystem();

    @BeforeEach
    void startSystem() {
        system = createSystem();
    }

    @AfterEach
    void closeSystem() {
        if (system != null) {
            system.close();
        }
    }

    // ---- messages and behaviours used by the tests --------------------------------------------

    /** Increments the counter; no reply. */
    protected record Inc() {}

    /** Replies with the counter. */
    protected record Get() {}

    /** Throws {@link DeliberateFailure}. */
    protected record Fail() {}

    /** A numbered message from one sender. */
    protected record Numbered(int sender, int seq) {}

    /** Replies twice: {@code first}, then {@code second}. */
    protected record ReplyTwice(Object first, Object second) {}

    /** What a behaviour of the kit throws on purpose. */
    protected static final class DeliberateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeliberateFailure() {
            super("failing on purpose (the contract kit)", null, false, false);
        }
    }

    /** A counter whose state survives checkpoint and restore; echoes any other message. */
    protected static class Counter implements Behavior {
        long count;

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (message instanceof Inc) {
                count++;
            } else if (message instanceof Get) {
                context.reply(count);
            } else if (message instanceof Fail) {
                throw new DeliberateFailure();
            } else if (message instanceof ReplyTwice r) {
                context.reply(r.first());
                context.reply(r.second());
            } else {
                context.reply(message);
            }
        }

        @Override
        public byte[] checkpoint() {
            return ByteBuffer.allocate(Long.BYTES).putLong(count).array();
        }

        @Override
        public void restore(byte[] state) {
            count = ByteBuffer.wrap(state).getLong();
        }
    }

    /** Checks that each sender's numbers arrive in order, and counts them. */
    protected static final class OrderChecker implements Behavior {
        private final int[] next;
        private long received;
        private long outOfOrder;

        OrderChecker(int senders) {
            next = new int[senders];
        }

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (message instanceof Numbered n) {
                if (n.seq() != next[n.sender()]) {
                    outOfOrder++;
                }
                next[n.sender()] = n.seq() + 1;
                received++;
            } else if (message instanceof Get) {
                context.reply(new long[] {received, outOfOrder});
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The value of {@code future}; an assertion error when it fails or takes longer than {@link #PATIENCE}. */
    protected static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError("the future failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the future did not complete within " + PATIENCE, e);
        }
    }

    /**
     * What {@code future} failed with; an assertion error when it completes normally or takes longer than
     * {@link #PATIENCE}.
     */
    protected static Throwable failureOf(CompletableFuture<?> future, String what) {
        Object value;
        try {
            value = future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": expected the future to fail, but it did not complete within "
                    + PATIENCE, e);
        }
        throw new AssertionError(what + ": expected the future to fail, but it completed with " + value);
    }

    protected static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("Still not true after " + PATIENCE + ": " + what);
            }
            sleepMillis(5);
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Asserts that the object behind {@code ref} becomes garbage, asking for a collection at most
     * {@value #GC_ATTEMPTS} times: a count of attempts, not a time limit.
     */
    private static void assertCollected(WeakReference<?> ref, String what) {
        for (int attempt = 0; attempt < GC_ATTEMPTS && ref.get() != null; attempt++) {
            System.gc();
            sleepMillis(20);
        }
        assertNull(ref.get(), what);
    }

    private static void runThreads(int count, IntConsumerWithIndex body) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < count; t++) {
            int index = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    body.accept(index);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "contract-sender-" + t);
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(PATIENCE.toMillis());
            assertFalse(thread.isAlive(), () -> "sender thread " + thread.getName() + " still runs after " + PATIENCE);
        }
        assertTrue(errors.isEmpty(), () -> "errors in sender threads: " + errors);
    }

    @FunctionalInterface
    private interface IntConsumerWithIndex {
        void accept(int index) throws Exception;
    }

    private long count(AgentRef ref) {
        return (Long) await(system.ask(ref, new Get()));
    }

    /** Asserts that the future fails with {@link AgentStoppedException} naming {@code agent}. */
    private static void assertStopped(CompletableFuture<?> future, AgentRef agent, String what) {
        Throwable failure = failureOf(future, what);
        AgentStoppedException stopped = assertInstanceOf(AgentStoppedException.class, failure,
                () -> what + ": expected AgentStoppedException, got " + failure);
        assertEquals(agent.id(), stopped.agent(), what + ": the agent the exception names");
    }

    /** A {@link Counter} agent that has been sent {@code incs} increments. */
    private AgentRef counterSentIncs(int incs) {
        return spawnSentIncs(AgentSpec.of(Counter::new), incs);
    }

    /** An agent of {@code spec} that has been sent {@code incs} increments. */
    private AgentRef spawnSentIncs(AgentSpec spec, int incs) {
        AgentRef agent = system.spawn(spec);
        for (int i = 0; i < incs; i++) {
            system.send(agent, new Inc());
        }
        return agent;
    }

    /** Asserts that the future fails with the {@link DeliberateFailure} the behaviour threw. */
    private static void assertFailsWithTheDeliberateFailure(CompletableFuture<?> future, String what) {
        Throwable failure = failureOf(future, what);
        assertInstanceOf(DeliberateFailure.class, failure, () -> what + ": expected the exception the behaviour threw, got "
                + failure);
    }

    /** Spawns a {@link Counter} with {@code policy}, counting the behaviours its factory creates. */
    private AgentRef spawnCounting(AtomicInteger created, FailurePolicy policy) {
        return system.spawn(new AgentSpec(() -> {
            created.incrementAndGet();
            return new Counter();
        }, policy));
    }

    /**
     * Asserts that the last behaviour {@code created} watched becomes garbage while the caller still
     * holds {@code agent}, its ref.
     */
    private static void assertReleasedWhileTheRefIsHeld(AtomicReference<WeakReference<Behavior>> created, AgentRef agent,
                                                        String how) {
        assertCollected(created.get(), "the behaviour of an agent " + how + " is garbage-collectable while the caller "
                + "still holds its AgentRef");
        assertNotNull(agent.id());
    }

    /** A behaviour whose every incarnation is watched through a weak reference. */
    private static Supplier<Behavior> watched(AtomicReference<WeakReference<Behavior>> created, AtomicInteger handled) {
        return () -> {
            Behavior b = new Counter() {
                @Override
                public void onMessage(Object message, AgentContext context) {
                    handled.incrementAndGet();
                    super.onMessage(message, context);
                }
            };
            created.set(new WeakReference<>(b));
            return b;
        };
    }

    // ---- ordering and delivery -----------------------------------------------------------------

    @Test
    void messagesFromOneSenderArriveInTheOrderTheyWereSent() throws Exception {
        int senders = 4;
        int perSender = 20_000;
        AgentRef agent = system.spawn(AgentSpec.of(() -> new OrderChecker(senders)));

        runThreads(senders, s -> {
            for (int i = 0; i < perSender; i++) {
                system.send(agent, new Numbered(s, i));
            }
        });

        long[] seen = new long[2];
        awaitTrue("all numbered messages received", () -> {
            long[] r = (long[]) await(system.ask(agent, new Get()));
            seen[0] = r[0];
            seen[1] = r[1];
            return r[0] >= (long) senders * perSender;
        });
        assertEquals((long) senders * perSender, seen[0], "messages received");
        assertEquals(0, seen[1], "messages that arrived out of their sender's order");
    }

    @Test
    void noMessageIsLostWithManyConcurrentSenders() throws Exception {
        int senders = 8;
        int perSender = 20_000;
        int agentCount = 100;
        List<AgentRef> agents = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            agents.add(system.spawn(AgentSpec.of(Counter::new)));
        }

        runThreads(senders, s -> {
            for (int i = 0; i < perSender; i++) {
                system.send(agents.get(i % agentCount), new Inc());
            }
        });

        long expectedPerAgent = (long) senders * perSender / agentCount;
        awaitTrue("every agent counted " + expectedPerAgent + " messages",
                () -> agents.stream().allMatch(a -> count(a) >= expectedPerAgent));
        for (AgentRef a : agents) {
            assertEquals(expectedPerAgent, count(a), () -> "messages counted by " + a.id());
        }
    }

    @Test
    void lookupFindsAgentsByIdAndRoutesToThem() {
        List<AgentRef> agents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            agents.add(system.spawn(AgentSpec.of(Counter::new)));
        }
        Set<AgentId> ids = new HashSet<>();
        for (int i = 0; i < agents.size(); i++) {
            AgentRef ref = agents.get(i);
            assertTrue(ids.add(ref.id()), () -> "ids are unique, but " + ref.id() + " came twice");
            for (int n = 0; n < i; n++) {
                system.send(ref, new Inc());
            }
        }
        for (int i = 0; i < agents.size(); i++) {
            AgentId id = agents.get(i).id();
            AgentRef found = system.lookup(id).orElseThrow(() -> new AssertionError(id + " not found"));
            assertEquals(id, found.id());
            assertEquals(i, count(found), () -> "count of " + id + ", reached through lookup");
        }
        assertTrue(system.lookup(new AgentId(Long.MIN_VALUE + 12345)).isEmpty(), "an id never spawned is not found");
    }

    // ---- ask -----------------------------------------------------------------------------------

    @Test
    void askCompletesWithTheFirstReplyOnly() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        AtomicInteger completions = new AtomicInteger();
        CompletableFuture<Object> reply = system.ask(agent, new ReplyTwice("first", "second"));
        reply.whenComplete((v, e) -> completions.incrementAndGet());

        assertEquals("first", await(reply));
        // a later message proves the agent went on after the second reply
        assertEquals(0, count(agent));
        assertEquals("first", await(reply));
        assertEquals(1, completions.get(), "completions of the future");
    }

    @Test
    void askToAFailingBehaviourFailsOnceWithTheExceptionItThrew() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        AtomicInteger completions = new AtomicInteger();
        CompletableFuture<Object> reply = system.ask(agent, new Fail());
        reply.whenComplete((v, e) -> completions.incrementAndGet());

        assertFailsWithTheDeliberateFailure(reply, "an ask whose behaviour throws");
        assertEquals(0, count(agent), "the restarted agent still answers");
        assertEquals(1, completions.get(), "completions of the future");
    }

    @Test
    void askThatTheBehaviourDoesNotAnswerFailsWithNoReplyException() {
        AtomicInteger created = new AtomicInteger();
        AgentRef agent = spawnCounting(created, FailurePolicy.restart());

        CompletableFuture<Object> unanswered = system.ask(agent, new Inc());

        Throwable failure = failureOf(unanswered, "an ask the behaviour returns from without replying");
        NoReplyException noReply = assertInstanceOf(NoReplyException.class, failure,
                () -> "expected NoReplyException, got " + failure);
        assertEquals(agent.id(), noReply.agent(), "the agent the exception names");
        assertEquals(1, count(agent), "the message was handled");
        assertEquals(1, created.get(), "not replying is no failure: the behaviour was not replaced");
    }

    @Test
    void replyToAPlainSendIsIgnored() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        system.send(agent, new ReplyTwice("a", "b"));
        system.send(agent, new Inc());
        assertEquals(1, count(agent));
    }

    @Test
    void manyConcurrentAsksAllComplete() throws Exception {
        int threads = 4;
        int perThread = 5_000;
        List<AgentRef> agents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            agents.add(system.spawn(AgentSpec.of(Counter::new)));
        }
        runThreads(threads, t -> {
            List<CompletableFuture<Object>> replies = new ArrayList<>(perThread);
            for (int i = 0; i < perThread; i++) {
                replies.add(system.ask(agents.get(i % agents.size()), "echo-" + t + "-" + i));
            }
            for (int i = 0; i < perThread; i++) {
                assertEquals("echo-" + t + "-" + i, await(replies.get(i)));
            }
        });
    }

    // ---- supervision ---------------------------------------------------------------------------

    @Test
    void aFailingAgentIsRestartedWithAFreshBehaviourAndKeepsReceiving() {
        AtomicInteger created = new AtomicInteger();
        AgentRef agent = spawnCounting(created, FailurePolicy.restart());
        system.send(agent, new Inc());
        system.send(agent, new Inc());
        system.send(agent, new Fail());
        system.send(agent, new Inc());

        assertEquals(1, count(agent), "count after restart: only the message after the failure");
        assertEquals(2, created.get(), "behaviours created by the factory");
        assertTrue(system.lookup(agent.id()).isPresent(), "a restarted agent is still found");
    }

    @Test
    void aRestartDoesNotRestoreTheLastCheckpoint() {
        AgentRef agent = counterSentIncs(5);
        byte[] saved = await(system.checkpoint(agent));
        system.send(agent, new Fail());

        assertEquals(0, count(agent), "the fresh behaviour starts from its factory's state, not the checkpoint");
        await(system.restore(agent, saved));
        assertEquals(5, count(agent), "the caller brings the checkpoint back with restore");
    }

    @Test
    void resumeKeepsTheBehaviourAndItsState() {
        AtomicInteger created = new AtomicInteger();
        AgentRef agent = spawnCounting(created, FailurePolicy.resume());
        system.send(agent, new Inc());
        system.send(agent, new Inc());
        system.send(agent, new Fail());
        system.send(agent, new Inc());

        assertEquals(3, count(agent));
        assertEquals(1, created.get(), "behaviours created by the factory");
    }

    @Test
    void stopPolicyStopsTheAgentOnFailureAndReleasesItsBehaviour() {
        AtomicInteger handled = new AtomicInteger();
        AtomicReference<WeakReference<Behavior>> created = new AtomicReference<>();
        AgentRef agent = system.spawn(new AgentSpec(watched(created, handled), FailurePolicy.stop()));
        system.send(agent, new Inc());
        CompletableFuture<Object> failing = system.ask(agent, new Fail());
        CompletableFuture<Object> behind = system.ask(agent, new Get());

        assertFailsWithTheDeliberateFailure(failing, "the ask that failed");
        assertStopped(behind, agent, "an ask queued behind the failure that stopped the agent");
        awaitTrue("the failed agent is no longer found", () -> system.lookup(agent.id()).isEmpty());
        assertStopped(system.ask(agent, new Get()), agent, "an ask to the stopped agent");
        assertEquals(2, handled.get(), "messages the behaviour handled");
        assertReleasedWhileTheRefIsHeld(created, agent, "stopped by its policy");
    }

    @Test
    void restartLimitIsHonoured() {
        AtomicInteger created = new AtomicInteger();
        AgentRef agent = spawnCounting(created, FailurePolicy.restart(2, Duration.ofHours(1)));

        system.send(agent, new Fail());
        system.send(agent, new Fail());
        system.send(agent, new Inc());
        assertEquals(1, count(agent), "alive after two restarts");
        assertEquals(3, created.get(), "behaviours created by the factory");

        system.send(agent, new Fail());
        awaitTrue("the agent stops at its third failure", () -> system.lookup(agent.id()).isEmpty());
        assertStopped(system.ask(agent, new Get()), agent, "an ask to the agent stopped by its restart limit");
        assertEquals(3, created.get(), "no restart beyond the limit");
    }

    // ---- checkpoint and restore ----------------------------------------------------------------

    @Test
    void checkpointIsTakenInMailboxOrderAndRestoreRoundTrips() {
        AgentRef agent = counterSentIncs(1_000);
        byte[] state = await(system.checkpoint(agent));
        assertEquals(1_000, ByteBuffer.wrap(state).getLong(), "state after the earlier sends");

        system.send(agent, new Inc());
        await(system.restore(agent, ByteBuffer.allocate(Long.BYTES).putLong(42).array()));
        assertEquals(42, count(agent));

        AgentRef copy = system.spawn(AgentSpec.of(Counter::new));
        await(system.restore(copy, state));
        system.send(copy, new Inc());
        assertEquals(1_001, count(copy));
    }

    @Test
    void aCheckpointThatThrowsFailsWithItsExceptionAndTheAgentGoesOn() {
        AtomicInteger created = new AtomicInteger();
        AgentRef agent = system.spawn(AgentSpec.of(() -> {
            created.incrementAndGet();
            return new Counter() {
                @Override
                public byte[] checkpoint() {
                    throw new DeliberateFailure();
                }
            };
        }));
        system.send(agent, new Inc());

        assertFailsWithTheDeliberateFailure(system.checkpoint(agent), "a checkpoint whose behaviour throws");
        assertEquals(1, count(agent), "the agent keeps its state");
        assertEquals(1, created.get(), "a failed checkpoint is no failure of a message: no restart");
    }

    // ---- stop ----------------------------------------------------------------------------------

    @Test
    void stopProcessesEarlierMessagesThenReleasesTheAgent() {
        AtomicInteger handled = new AtomicInteger();
        AtomicReference<WeakReference<Behavior>> created = new AtomicReference<>();
        AgentRef agent = spawnSentIncs(AgentSpec.of(watched(created, handled)), 100);

        await(system.stop(agent));

        assertEquals(100, handled.get(), "messages queued before stop were processed");
        assertTrue(system.lookup(agent.id()).isEmpty(), "a stopped agent is not found");
        assertStopped(system.ask(agent, new Get()), agent, "an ask to a stopped agent");
        assertStopped(system.checkpoint(agent), agent, "a checkpoint of a stopped agent");
        assertStopped(system.restore(agent, new byte[Long.BYTES]), agent, "a restore of a stopped agent");
        system.send(agent, new Inc());
        assertEquals(100, handled.get(), "a send after stop is dropped");
        assertReleasedWhileTheRefIsHeld(created, agent, "stopped by stop()");
    }

    @Test
    void stopTakesEffectAfterTheEntriesQueuedBeforeItAndNoneAfter() {
        AtomicInteger handled = new AtomicInteger();
        AgentRef agent = spawnSentIncs(AgentSpec.of(watched(new AtomicReference<>(), handled)), 50);
        CompletableFuture<Object> before = system.ask(agent, new Get());
        CompletableFuture<byte[]> checkpointBefore = system.checkpoint(agent);
        CompletableFuture<Void> stopped = system.stop(agent);
        system.send(agent, new Inc());
        CompletableFuture<Object> after = system.ask(agent, new Get());
        CompletableFuture<byte[]> checkpointAfter = system.checkpoint(agent);
        CompletableFuture<Void> stoppedAgain = system.stop(agent);

        await(stopped);
        assertEquals(50L, await(before), "an ask queued before stop is answered, after the sends before it");
        assertEquals(50, ByteBuffer.wrap(await(checkpointBefore)).getLong(), "a checkpoint queued before stop");
        assertStopped(after, agent, "an ask queued after stop");
        assertStopped(checkpointAfter, agent, "a checkpoint queued after stop");
        await(stoppedAgain);
        assertEquals(51, handled.get(), "the sends and the ask before stop reached the behaviour, nothing after it");
    }

    @Test
    void stoppingAStoppedAgentCompletes() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        await(system.stop(agent));
        await(system.stop(agent));
        assertTrue(system.lookup(agent.id()).isEmpty(), "a stopped agent is not found");
    }

    // ---- close ---------------------------------------------------------------------------------

    @Test
    void closeStopsEverythingAndReleasesThreads() {
        // only the system under test may start threads while this test watches them
        system.close();
        system = null;
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        AgentSystem other = createSystem();
        List<AgentRef> agents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            agents.add(other.spawn(AgentSpec.of(Counter::new)));
        }
        for (AgentRef a : agents) {
            other.send(a, new Inc());
            assertEquals(1L, await(other.ask(a, new Get())));
        }

        other.close();

        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> alive;
        do {
            Set<Thread> now = new HashSet<>(Thread.getAllStackTraces().keySet());
            now.removeAll(before);
            // the common pool serves CompletableFuture's async methods for the whole JVM, not the system
            alive = now.stream().filter(t -> !t.getName().startsWith("ForkJoinPool.commonPool"))
                    .filter(Thread::isAlive).map(Thread::getName).sorted().toList();
            if (!alive.isEmpty()) {
                sleepMillis(10);
            }
        } while (!alive.isEmpty() && System.nanoTime() - deadline < 0);
        assertEquals(List.of(), alive, "threads started by the system and still alive " + PATIENCE + " after close");
        for (AgentRef a : agents) {
            assertTrue(other.lookup(a.id()).isEmpty(), () -> a.id() + " is still found after close");
        }
    }

    @Test
    void afterCloseSpawnThrowsAndEveryAgentIsStopped() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        system.send(agent, new Inc());
        assertEquals(1, count(agent));

        system.close();

        IllegalStateException rejected = assertThrows(IllegalStateException.class,
                () -> system.spawn(AgentSpec.of(Counter::new)), "spawn after close");
        assertFalse(rejected instanceof AgentStoppedException, "spawn after close names the closed system, not an agent");
        assertStopped(system.ask(agent, new Get()), agent, "an ask after close");
        assertStopped(system.checkpoint(agent), agent, "a checkpoint after close");
        assertStopped(system.restore(agent, new byte[Long.BYTES]), agent, "a restore after close");
        assertDoesNotThrow(() -> system.send(agent, new Inc()), "a send after close is dropped");
        await(system.stop(agent));
        assertTrue(system.lookup(agent.id()).isEmpty(), "no agent is found after close");
        assertDoesNotThrow(system::close, "closing again");
    }

    @Test
    void entriesQueuedWhenTheSystemClosesAreSettledByTheTimeCloseReturns() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AgentRef agent = system.spawn(AgentSpec.of(() -> new Counter() {
            @Override
            public void onMessage(Object message, AgentContext context) {
                if ("block".equals(message)) {
                    entered.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                super.onMessage(message, context);
            }
        }));
        CompletableFuture<Object> blocking = system.ask(agent, "block");
        assertTrue(entered.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), "the agent started the blocking message");
        List<CompletableFuture<?>> queued = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            queued.add(system.ask(agent, new Get()));
            queued.add(system.checkpoint(agent));
        }

        Thread closer = new Thread(system::close, "contract-closer");
        closer.start();
        release.countDown();
        closer.join(PATIENCE.toMillis());
        assertFalse(closer.isAlive(), "close returned within " + PATIENCE);

        assertTrue(blocking.isDone(), "the ask being handled when close was called has completed");
        long pendingAsks = 0;
        long pendingCheckpoints = 0;
        for (int i = 0; i < queued.size(); i++) {
            if (!queued.get(i).isDone()) {
                if (i % 2 == 0) {
                    pendingAsks++;
                } else {
                    pendingCheckpoints++;
                }
            }
        }
        assertEquals("0 asks and 0 checkpoints", pendingAsks + " asks and " + pendingCheckpoints + " checkpoints",
                "entries queued when close was called and still pending when it returned");
        for (CompletableFuture<?> f : queued) {
            if (f.isCompletedExceptionally()) {
                assertStopped(f, agent, "an entry close did not process");
            }
        }
    }
}
