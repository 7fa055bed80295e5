/**
 * JMH benchmarks of the {@link dev.caxton.bench.agent.AgentSystem} SPI, after Caxton's performance
 * guide: message throughput, task processing and agent response time. Each takes the system under
 * test by name ({@code @Param("reference") String system}), so a user who adds this jar and registers
 * an {@link dev.caxton.bench.agent.AgentSystemProvider} runs them unchanged against their runtime with
 * {@code -p system=NAME}, through {@code caxton-bench run --suite jmh} or JMH's own launcher.
 */
package dev.caxton.bench.agent.jmh;
