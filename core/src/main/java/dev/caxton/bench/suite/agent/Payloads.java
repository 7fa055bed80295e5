package dev.caxton.bench.suite.agent;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.Behavior;

/** The messages and behaviours the agent benchmarks share. */
final class Payloads {
    /** The size of every fire-and-forget message: a freshly allocated {@code byte[100]}. */
    static final int MESSAGE_BYTES = 100;

    /** The request of the latency benchmarks: one prepared 100-byte payload, sent again and again. */
    static final byte[] REQUEST = new byte[MESSAGE_BYTES];

    private Payloads() {}

    /** Answers every message with the message itself. */
    static final class Echo implements Behavior {
        @Override
        public void onMessage(Object message, AgentContext context) {
            context.reply(message);
        }
    }

    /** Ignores every message: an idle agent. */
    static final class Idle implements Behavior {
        @Override
        public void onMessage(Object message, AgentContext context) {
            // idle agents receive nothing
        }
    }
}
