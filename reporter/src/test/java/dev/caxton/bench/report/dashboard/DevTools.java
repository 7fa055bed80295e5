package dev.caxton.bench.report.dashboard;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One headless chromium driven through the DevTools protocol on loopback: load a page, evaluate
 * expressions in it (element geometry, computed styles, rendered text), move the mouse, take a
 * screenshot. Console messages and uncaught exceptions of the page are collected in {@link #problems()}.
 */
final class DevTools implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A safety net for a hung browser, never a measurement: every wait ends as soon as its answer comes. */
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    private DevTools(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts {@code executable} headless with a fresh profile in {@code work} and attaches to its blank page. */
    static DevTools start(Path executable, Path work, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-devtools");
        Path log = profile.resolve("chromium.log");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "about:blank"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("chromium did not open its DevTools port: "
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
                Thread.sleep(20);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String url = null;
            for (JsonNode t : targets) {
                if (t.path("type").asText().equals("page")) {
                    url = t.get("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (url == null) {
                throw new IllegalStateException("chromium has no page to attach to: " + targets);
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(url), listener)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            DevTools tools = new DevTools(process, socket);
            listener.tools = tools;
            tools.call("Runtime.enable", JSON.createObjectNode());
            tools.call("Page.enable", JSON.createObjectNode());
            tools.call("Log.enable", JSON.createObjectNode());
            tools.call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width)
                    .put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
            return tools;
        } catch (Exception e) {
            process.destroyForcibly();
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof InterruptedException ie) {
                throw ie;
            }
            throw new IllegalStateException("Cannot drive chromium through DevTools: " + e, e);
        }
    }

    /**
     * Loads {@code url}, waits until the document is complete (its inline scripts have run) and returns the
     * page's {@code <body data-status>}: {@code ready} when its script finished, {@code loading} when it broke.
     */
    String load(String url) throws Exception {
        evaluate("window.previousDocument = true"); // gone once the new document replaced this one
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            JsonNode status = evaluate("!window.previousDocument && document.readyState === 'complete'"
                    + " ? (document.body.getAttribute('data-status') || 'none') : null");
            if (!status.isNull() && !status.isMissingNode()) {
                return status.asText();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not finish loading: " + url);
            }
            Thread.sleep(20);
        }
    }

    /** The value of a JavaScript expression, returned by value (JSON). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the expression threw: " + result.get("exceptionDetails") + "\n" + expression);
        }
        return result.path("result").path("value");
    }

    /** Parses JSON text an expression returned with {@code JSON.stringify}. */
    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    /** Moves the mouse to a point of the viewport, as a reader does. */
    void mouseMove(double x, double y) throws Exception {
        call("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", "mouseMoved").put("x", x).put("y", y));
    }

    /** A screenshot of the whole page (beyond the viewport), in CSS pixels. */
    BufferedImage screenshot() throws Exception {
        JsonNode metrics = call("Page.getLayoutMetrics", JSON.createObjectNode());
        JsonNode size = metrics.path("cssContentSize");
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", size.get("width").asDouble())
                .put("height", size.get("height").asDouble()).put("scale", 1);
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        byte[] png = Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").asText());
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Console messages, log entries and uncaught exceptions the page produced so far. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
                return;
            }
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            switch (method) {
                case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> problems.add("console." + params.path("type").asText() + ": "
                        + params.path("args"));
                case "Log.entryAdded" -> problems.add("log: " + params.path("entry"));
                default -> { }
            }
        } catch (IOException e) {
            problems.add("unreadable DevTools message: " + e);
        }
    }

    @Override
    public void close() {
        try {
            call("Browser.close", JSON.createObjectNode());
        } catch (Exception | AssertionError e) {
            // the browser may close the socket before answering
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile DevTools tools;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                tools.received(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
