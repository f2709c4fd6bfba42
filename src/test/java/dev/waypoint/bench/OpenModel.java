package dev.waypoint.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load at a constant arrival rate (an open model): requests start on schedule whether or not
 * earlier ones have answered, and each latency counts from when its request was due, so queueing
 * shows instead of hiding behind a slower pace. Not a test: scripts/benchmark.sh runs it.
 *
 * <pre>OpenModel --url URL --rate PER_SECOND --seconds S [--warm-up S] [--cookie "a=b; c=d"] [--htmx true]</pre>
 *
 * <p>The warm-up runs at the same rate first and is not counted: this client is a JVM too, and its
 * own first seconds would otherwise show as the server's latency.
 *
 * Prints one line: {@code rate=… sent=… errors=… p50_ms=… p99_ms=…}.
 */
public final class OpenModel {

    private OpenModel() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Seeder.options(args);
        URI url = URI.create(options.get("url"));
        double rate = Double.parseDouble(options.get("rate"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "0"));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60));
        if (options.containsKey("cookie")) {
            request.header("Cookie", options.get("cookie"));
        }
        if ("true".equals(options.get("htmx"))) {
            request.header("HX-Request", "true");
        }
        HttpRequest get = request.GET().build();

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long total = Math.round(rate * seconds);
        long warming = Math.round(rate * warmUp);
        long start = System.nanoTime();
        long interval = Math.round(1e9 / rate);
        for (long i = 0; i < warming + total; i++) {
            boolean counted = i >= warming;
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(client.sendAsync(get, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        if (!counted) {
                            return;
                        }
                        latencies.add(System.nanoTime() - due);
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .exceptionally(ignored -> null)
                .join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "rate=%.1f sent=%d errors=%d p50_ms=%.1f p99_ms=%.1f%n",
                rate, total, errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99));
        System.exit(0);
    }

    private static double percentile(List<Long> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(fraction * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
