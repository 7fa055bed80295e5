package dev.caxton.bench.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link AgentSystem} must show for the shipped benchmarks to mean what they say.
 * Extend it for your implementation and return a fresh, started system from {@link #createSystem()};
 * the kit closes it after each test.
 *
 * <p>The kit checks behaviour only, never timing. Its waits are bounded (30 s) only so that a broken
 * implementation fails instead of hanging.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
public abstract class AgentSystemContract {
    /** How long any single wait may take before the kit calls it a failure. */
    protected static final Duration PATIENCE = Duration.ofSeconds(30);

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

    /** Increments the counter. */
    protected record Inc() {}

    /** Replies with the counter. */
    protected record Get() {}

    /** Throws. */
    protected record Fail() {}

    /** A numbered message from one sender. */
    protected record Numbered(int sender, int seq) {}

    /** Replies twice: {@code first}, then {@code second}. */
    protected record ReplyTwice(Object first, Object second) {}

    /** A counter whose state survives checkpoint and restore. */
    protected static class Counter implements Behavior {
        long count;

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (message instanceof Inc) {
                count++;
            } else if (message instanceof Get) {
                context.reply(count);
            } else if (message instanceof Fail) {
                throw new IllegalStateException("failing on purpose");
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
            assertThat(thread.isAlive()).as("sender thread %s finished", thread.getName()).isFalse();
        }
        assertThat(errors).as("errors in sender threads").isEmpty();
    }

    @FunctionalInterface
    private interface IntConsumerWithIndex {
        void accept(int index) throws Exception;
    }

    private long count(AgentRef ref) {
        return (Long) await(system.ask(ref, new Get()));
    }

    private boolean askFails(AgentRef ref) {
        CompletableFuture<Object> reply;
        try {
            reply = system.ask(ref, new Get());
        } catch (IllegalStateException rejected) {
            return true;
        }
        try {
            reply.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException failed) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (TimeoutException e) {
            throw new AssertionError("an ask to a stopped agent neither replied nor failed within " + PATIENCE, e);
        }
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
        assertThat(seen[0]).isEqualTo((long) senders * perSender);
        assertThat(seen[1]).as("messages that arrived out of their sender's order").isZero();
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
            assertThat(count(a)).as("messages counted by %s", a.id()).isEqualTo(expectedPerAgent);
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
            assertThat(ids.add(ref.id())).as("ids are unique").isTrue();
            for (int n = 0; n < i; n++) {
                system.send(ref, new Inc());
            }
        }
        for (int i = 0; i < agents.size(); i++) {
            AgentId id = agents.get(i).id();
            AgentRef found = system.lookup(id).orElseThrow(() -> new AssertionError(id + " not found"));
            assertThat(found.id()).isEqualTo(id);
            assertThat(count(found)).as("count of %s, reached through lookup", id).isEqualTo(i);
        }
        assertThat(system.lookup(new AgentId(Long.MIN_VALUE + 12345))).isEmpty();
    }

    // ---- ask -----------------------------------------------------------------------------------

    @Test
    void askCompletesWithTheFirstReplyOnly() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        AtomicInteger completions = new AtomicInteger();
        CompletableFuture<Object> reply = system.ask(agent, new ReplyTwice("first", "second"));
        reply.whenComplete((v, e) -> completions.incrementAndGet());

        assertThat(await(reply)).isEqualTo("first");
        // a later message proves the agent went on after the second reply
        assertThat(count(agent)).isZero();
        assertThat(await(reply)).isEqualTo("first");
        assertThat(completions).hasValue(1);
    }

    @Test
    void askToAFailingBehaviourCompletesExceptionallyOnce() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        AtomicInteger completions = new AtomicInteger();
        CompletableFuture<Object> reply = system.ask(agent, new Fail());
        reply.whenComplete((v, e) -> completions.incrementAndGet());

        assertThat(reply).failsWithin(PATIENCE);
        assertThat(count(agent)).as("the restarted agent still answers").isZero();
        assertThat(completions).hasValue(1);
    }

    @Test
    void replyToAPlainSendIsIgnored() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        system.send(agent, new ReplyTwice("a", "b"));
        system.send(agent, new Inc());
        assertThat(count(agent)).isEqualTo(1);
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
                assertThat(await(replies.get(i))).isEqualTo("echo-" + t + "-" + i);
            }
        });
    }

    // ---- supervision ---------------------------------------------------------------------------

    @Test
    void aFailingAgentIsRestartedWithAFreshBehaviourAndKeepsReceiving() {
        AtomicInteger created = new AtomicInteger();
        AgentRef agent = system.spawn(new AgentSpec(() -> {
            created.incrementAndGet();
            return new Counter();
        }, FailurePolicy.restart()));
        system.send(agent, new Inc());
        system.send(agent, new Inc());
        system.send(agent, new Fail());
        system.send(agent, new Inc());

        assertThat(count(agent)).as("count after restart: only the message after the failure").isEqualTo(1);
        assertThat(created).as("behaviours created by the factory").hasValue(2);
        assertThat(system.lookup(agent.id())).isPresent();
    }

    @Test
    void resumeKeepsTheBehaviourAndItsState() {
        AtomicInteger created = new AtomicInteger();
        AgentRef agent = system.spawn(new AgentSpec(() -> {
            created.incrementAndGet();
            return new Counter();
        }, FailurePolicy.resume()));
        system.send(agent, new Inc());
        system.send(agent, new Inc());
        system.send(agent, new Fail());
        system.send(agent, new Inc());

        assertThat(count(agent)).isEqualTo(3);
        assertThat(created).hasValue(1);
    }

    @Test
    void stopPolicyStopsTheAgentOnFailure() {
        AgentRef agent = system.spawn(new AgentSpec(Counter::new, FailurePolicy.stop()));
        system.send(agent, new Inc());
        system.send(agent, new Fail());

        awaitTrue("the failed agent is no longer found", () -> system.lookup(agent.id()).isEmpty());
        assertThat(askFails(agent)).as("an ask to the stopped agent fails").isTrue();
    }

    @Test
    void restartLimitIsHonoured() {
        AtomicInteger created = new AtomicInteger();
        AgentRef agent = system.spawn(new AgentSpec(() -> {
            created.incrementAndGet();
            return new Counter();
        }, FailurePolicy.restart(2, Duration.ofHours(1))));

        system.send(agent, new Fail());
        system.send(agent, new Fail());
        system.send(agent, new Inc());
        assertThat(count(agent)).as("alive after two restarts").isEqualTo(1);
        assertThat(created).hasValue(3);

        system.send(agent, new Fail());
        awaitTrue("the agent stops at its third failure", () -> system.lookup(agent.id()).isEmpty());
        assertThat(askFails(agent)).isTrue();
        assertThat(created).as("no restart beyond the limit").hasValue(3);
    }

    // ---- checkpoint and restore ----------------------------------------------------------------

    @Test
    void checkpointIsTakenInMailboxOrderAndRestoreRoundTrips() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        for (int i = 0; i < 1_000; i++) {
            system.send(agent, new Inc());
        }
        byte[] state = await(system.checkpoint(agent));
        assertThat(ByteBuffer.wrap(state).getLong()).as("state after the earlier sends").isEqualTo(1_000);

        system.send(agent, new Inc());
        await(system.restore(agent, ByteBuffer.allocate(Long.BYTES).putLong(42).array()));
        assertThat(count(agent)).isEqualTo(42);

        AgentRef copy = system.spawn(AgentSpec.of(Counter::new));
        await(system.restore(copy, state));
        system.send(copy, new Inc());
        assertThat(count(copy)).isEqualTo(1_001);
    }

    // ---- stop and close ------------------------------------------------------------------------

    @Test
    void stopProcessesEarlierMessagesThenReleasesTheAgent() {
        AtomicInteger handled = new AtomicInteger();
        AtomicReference<WeakReference<Behavior>> created = new AtomicReference<>();
        AgentRef agent = system.spawn(AgentSpec.of(() -> {
            Behavior b = (message, context) -> handled.incrementAndGet();
            created.set(new WeakReference<>(b));
            return b;
        }));
        for (int i = 0; i < 100; i++) {
            system.send(agent, "hello");
        }

        await(system.stop(agent));

        assertThat(handled).as("messages queued before stop were processed").hasValue(100);
        assertThat(system.lookup(agent.id())).isEmpty();
        assertThat(askFails(agent)).as("an ask to a stopped agent fails").isTrue();
        system.send(agent, "dropped");
        assertThat(handled).as("a send after stop is dropped").hasValue(100);

        WeakReference<Behavior> behaviour = created.get();
        for (int attempt = 0; attempt < 50 && behaviour.get() != null; attempt++) {
            System.gc();
            sleepMillis(20);
        }
        assertThat(behaviour.get()).as("the stopped agent's behaviour is garbage-collectable "
                + "while the caller still holds its AgentRef").isNull();
        assertThat(agent.id()).isNotNull();
    }

    @Test
    void stoppingAStoppedAgentCompletes() {
        AgentRef agent = system.spawn(AgentSpec.of(Counter::new));
        await(system.stop(agent));
        await(system.stop(agent));
        assertThat(system.lookup(agent.id())).isEmpty();
    }

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
            assertThat(await(other.ask(a, new Get()))).isEqualTo(1L);
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
        assertThat(alive).as("threads started by the system and still alive %s after close", PATIENCE).isEmpty();
        for (AgentRef a : agents) {
            assertThat(other.lookup(a.id())).isEmpty();
        }
        CompletableFuture<Object> late;
        try {
            late = other.ask(agents.get(0), new Get());
        } catch (IllegalStateException rejected) {
            return;
        }
        assertThat(late).as("an ask after close fails").failsWithin(PATIENCE);
    }
}
