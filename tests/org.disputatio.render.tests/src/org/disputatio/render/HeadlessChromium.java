// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.disputatio.core.MapStatistics;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol with the JDK's own WebSocket:
 * opens a page, presses keys and evaluates JavaScript. Enough for testing the HTML slides.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    HeadlessChromium(URI page) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("disputatio-chromium");
        process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,720", page.toString())
                .redirectErrorStream(true).start();
        String browser = null;
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; browser == null && (line = output.readLine()) != null;) {
            seen.append(line).append('\n');
            Matcher m = Pattern.compile("DevTools listening on (ws://\\S+)").matcher(line);
            if (m.find()) {
                browser = m.group(1);
            }
        }
        if (browser == null) {
            close();
            throw new IOException("Chromium did not start its DevTools server:\n" + seen);
        }
        // Keep reading its output so that it never blocks on a full pipe.
        Thread drain = new Thread(() -> output.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        URI base = URI.create(browser.replace("ws://", "http://"));
        HttpClient http = HttpClient.newHttpClient();
        String target = null;
        for (int attempt = 0; attempt < 50 && target == null; attempt++) {
            String list = http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"", Pattern.DOTALL).matcher(list);
            if (m.find()) {
                target = m.group(1);
            } else {
                Thread.sleep(100);
            }
        }
        if (target == null) {
            close();
            throw new IOException("Chromium opened no page");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(target), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(text);
                    if (id.find()) {
                        CompletableFuture<String> answer = pending.remove(Integer.parseInt(id.group(1)));
                        if (answer != null) {
                            answer.complete(text);
                        }
                    }
                }
                webSocket.request(1);
                return null;
            }
        }).join();
    }

    /** Sends a DevTools command and waits for its answer (the raw JSON). */
    String send(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        return answer.get(20, TimeUnit.SECONDS);
    }

    /** Evaluates a JavaScript expression that gives a string, once the page has loaded. */
    String evaluate(String expression) throws Exception {
        String answer = send("Runtime.evaluate", "{\"expression\":" + MapStatistics.quote(expression) + ",\"returnByValue\":true,\"awaitPromise\":true}");
        Matcher m = Pattern.compile("\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(answer);
        if (!m.find()) {
            throw new AssertionError("no string from " + expression + ": " + answer);
        }
        return m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** Presses and releases a key, as a keyboard or a presenter's remote does. */
    void press(String key, String code, int keyCode) throws Exception {
        for (String type : new String[] { "keyDown", "keyUp" }) {
            send("Input.dispatchKeyEvent", "{\"type\":\"" + type + "\",\"key\":\"" + key + "\",\"code\":\"" + code
                    + "\",\"windowsVirtualKeyCode\":" + keyCode + ",\"nativeVirtualKeyCode\":" + keyCode + "}");
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
