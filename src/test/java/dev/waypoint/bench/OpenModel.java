package dev.waypoint.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load at a constant arrival rate (an open model): requests fall due on schedule whether or not
 * earlier ones have answered, and each latency counts from when its request was due, so queueing
 * shows instead of hiding behind a slower pace. Not a test: scripts/benchmark.sh runs it.
 *
 * <pre>OpenModel --url URL --rate PER_SECOND --seconds S [--warm-up S] [--cookie "a=b; c=d"] [--htmx true]
 *           [--connections N]</pre>
 *
 * <p>It runs on the same two cores as the server, so it must cost little: N kept-alive connections
 * (32 by default, as many as a browser-facing proxy would keep), each worked by one thread that
 * takes the next due request from a queue, writes bytes prepared once and reads the answer with
 * no parsing beyond its length. A request waiting for a free connection is counted from when it
 * was due. The warm-up runs at the same rate first and is not counted.
 *
 * <p>Prints one line: {@code rate=… sent=… errors=… p50_ms=… p99_ms=…}.
 */
public final class OpenModel {

    private OpenModel() {}

    /** When a request fell due, and whether its latency counts. */
    private record Due(long at, boolean counted) {}

    private static final Due STOP = new Due(0, false);

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Seeder.options(args);
        URI url = URI.create(options.get("url"));
        double rate = Double.parseDouble(options.get("rate"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "0"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "32"));
        byte[] request = request(url, options.get("cookie"), "true".equals(options.get("htmx")));

        BlockingQueue<Due> queue = new LinkedBlockingQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(() -> work(url, request, queue, latencies, errors));
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }

        long total = Math.round(rate * seconds);
        long warming = Math.round(rate * warmUp);
        long start = System.nanoTime();
        long interval = Math.round(1e9 / rate);
        for (long i = 0; i < warming + total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            queue.add(new Due(due, i >= warming));
        }
        workers.forEach(worker -> queue.add(STOP));
        for (Thread worker : workers) {
            worker.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "rate=%.1f sent=%d errors=%d p50_ms=%.1f p99_ms=%.1f%n",
                rate, total, errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99));
        System.exit(0);
    }

    private static byte[] request(URI url, String cookie, boolean htmx) {
        String path = url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            path += "?" + url.getRawQuery();
        }
        StringBuilder head = new StringBuilder()
                .append("GET ")
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(url.getHost())
                .append(':')
                .append(url.getPort())
                .append("\r\n");
        if (cookie != null) {
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (htmx) {
            head.append("HX-Request: true\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One connection: sends each due request and reads its answer, reconnecting after a failure. */
    private static void work(
            URI url,
            byte[] request,
            BlockingQueue<Due> queue,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicInteger errors) {
        Socket socket = null;
        InputStream in = null;
        OutputStream out = null;
        while (true) {
            Due due;
            try {
                due = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (due == STOP) {
                closeQuietly(socket);
                return;
            }
            int status = -1;
            // A kept-alive connection the server has closed fails on first use: one fresh try.
            for (int attempt = 0; attempt < 2 && status < 0; attempt++) {
                try {
                    if (socket == null) {
                        socket = new Socket();
                        socket.setTcpNoDelay(true);
                        socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5000);
                        socket.setSoTimeout(60_000);
                        in = new BufferedInputStream(socket.getInputStream(), 65536);
                        out = socket.getOutputStream();
                    }
                    out.write(request);
                    out.flush();
                    status = readResponse(in);
                } catch (IOException e) {
                    closeQuietly(socket);
                    socket = null;
                }
            }
            if (due.counted()) {
                latencies.add(System.nanoTime() - due.at());
                if (status != 200) {
                    errors.incrementAndGet();
                }
            }
        }
    }

    /** Reads one response (Content-Length or chunked body) and returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16);
                    size > 0;
                    size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers, if any
            }
        } else if (length > 0) {
            skip(in, length);
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
    }

    private static double percentile(List<Long> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(fraction * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
