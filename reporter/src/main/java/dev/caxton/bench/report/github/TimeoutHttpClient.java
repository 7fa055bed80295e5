package dev.caxton.bench.report.github;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} that bounds every request by time, since github-api's {@code HttpClientGitHubConnector}
 * builds requests without a timeout and reads the body as a stream (and would then wait forever, or as long as a
 * server trickles bytes). {@link #send} reads the whole response, body included, within the read timeout or
 * what is left of the publisher's {@link Deadline}, whichever is shorter, and hands the caller's body handler
 * the bytes it read. GitHub's answers are small, so holding one in memory costs nothing.
 */
final class TimeoutHttpClient extends HttpClient {
    private final HttpClient delegate;
    private final Duration readTimeout;
    private final Deadline deadline;

    TimeoutHttpClient(HttpClient delegate, Duration readTimeout, Deadline deadline) {
        this.delegate = delegate;
        this.readTimeout = readTimeout;
        this.deadline = deadline;
    }

    private HttpRequest withTimeout(HttpRequest request, Duration wait) {
        Duration timeout = request.timeout().filter(t -> t.compareTo(wait) < 0).orElse(wait);
        return HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        Duration wait = deadline.cap(readTimeout);
        String call = request.method() + " " + request.uri().getRawPath();
        if (wait.isZero()) {
            throw deadline.exceeded("no time was left for " + call);
        }
        CompletableFuture<HttpResponse<byte[]>> whole = delegate.sendAsync(withTimeout(request, wait),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = whole.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            whole.cancel(true);
            if (deadline.passed()) {
                throw deadline.exceeded("no whole answer to " + call + " in the " + Failures.seconds(wait)
                        + " that were left");
            }
            HttpTimeoutException timeout = new HttpTimeoutException("no whole answer to " + call + " within "
                    + Failures.seconds(wait));
            timeout.initCause(e);
            throw timeout;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            whole.cancel(true);
            throw e;
        }
        return new Buffered<>(response, replay(response, handler));
    }

    /** Feeds {@code response}'s bytes to the body subscriber {@code handler} makes, as the client would have. */
    private static <T> T replay(HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public Version version() {
                return response.version();
            }
        };
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(info);
        byte[] bytes = response.body() == null ? new byte[0] : response.body();
        subscriber.onSubscribe(new Replay(subscriber, bytes));
        try {
            return subscriber.getBody().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw new IOException("Cannot read GitHub's answer: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading GitHub's answer");
        }
    }

    /** A subscription that delivers one buffer of bytes (when there are any) on demand, then completes. */
    private static final class Replay implements Flow.Subscription {
        private final Flow.Subscriber<List<ByteBuffer>> subscriber;
        private final byte[] bytes;
        private long demand;
        private boolean delivering;
        private boolean sent;
        private boolean done;

        Replay(Flow.Subscriber<List<ByteBuffer>> subscriber, byte[] bytes) {
            this.subscriber = subscriber;
            this.bytes = bytes;
            this.sent = bytes.length == 0;
        }

        @Override
        public void request(long n) {
            if (done) {
                return;
            }
            if (n <= 0) {
                done = true;
                subscriber.onError(new IllegalArgumentException("request(" + n + "): demand must be positive"));
                return;
            }
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            if (delivering) {
                return; // the loop below serves it
            }
            delivering = true;
            try {
                while (!done) {
                    if (!sent) {
                        if (demand == 0) {
                            break;
                        }
                        demand--;
                        sent = true;
                        subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
                    } else {
                        done = true;
                        subscriber.onComplete();
                    }
                }
            } finally {
                delivering = false;
            }
        }

        @Override
        public void cancel() {
            done = true;
        }
    }

    /** {@code whole} with its body handed over in the caller's type. */
    private record Buffered<T>(HttpResponse<byte[]> whole, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return whole.statusCode();
        }

        @Override
        public HttpRequest request() {
            return whole.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return whole.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return whole.sslSession();
        }

        @Override
        public URI uri() {
            return whole.uri();
        }

        @Override
        public Version version() {
            return whole.version();
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(withTimeout(request, deadline.cap(readTimeout)), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(withTimeout(request, deadline.cap(readTimeout)), handler, pushPromiseHandler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
