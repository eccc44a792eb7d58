package org.mcfed.sandbox.bench;

import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.http.BlockingHttpServer;
import org.mcfed.sandbox.http.HttpResponse;
import org.mcfed.sandbox.site.hkqr.HkqrSite;
import org.mcfed.sandbox.site.microcred.MicrocredSeekerSite;
import org.mcfed.sandbox.site.mqa.MqaSite;
import org.mcfed.sandbox.site.RegistrySite;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Throughput of detail pages at scale (not a test; run by hand, see README):
 * starts the sandbox at {@code -Dbench.scale} (default 200), drives GETs of random detail pages
 * from {@code -Dbench.clients} keep-alive connections for {@code -Dbench.seconds}, and prints
 * pages/s and latency next to a baseline: the same HTTP server answering one constant page.
 */
public final class SandboxBenchmark {

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "200"));
        int clients = Integer.getInteger("bench.clients", 16);
        int seconds = Integer.getInteger("bench.seconds", 15);
        int warmup = Integer.getInteger("bench.warmup", 5);

        long t0 = System.nanoTime();
        RegistrySandbox sb = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start();
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        long records = 0;
        for (String s : sb.sources()) {
            records += sb.site(s).ledger().liveCount();
        }
        System.out.printf("sandbox scale %.0f: %,d records in %d sources, started in %.2f s; heap used %s, RSS %s%n",
                scale, records, sb.sources().size(), startSeconds, heapUsed(), rss());

        List<String> urls = sampleDetailUrls(sb, 200_000, new SplittableRandom(7));
        byte[] sample = fetchOnce(sb.port(), urls.get(0));
        int avgBytes = averageBytes(sb.port(), urls.subList(0, 2000));
        System.out.printf("detail pages sampled: %,d URLs over nzqa, mqa (en+ms), microcred-seeker, hkqr (en+tc+sc), col-feed; avg body %,d bytes%n",
                urls.size(), avgBytes);

        byte[] constant = new byte[avgBytes];
        Arrays.fill(constant, (byte) 'x');
        BlockingHttpServer baseline = new BlockingHttpServer(InetAddress.getLoopbackAddress(), 0, 256, 15_000,
                req -> new HttpResponse(200, constant).header("Content-Type", "text/html; charset=utf-8")).start();
        List<String> baselineUrls = List.of("/constant");

        Result base = drive(baseline.port(), baselineUrls, clients, warmup, seconds);
        Result detail = drive(sb.port(), urls, clients, warmup, seconds);
        System.out.printf("%-34s %10s %10s %10s %8s%n", "run (" + clients + " keep-alive clients, " + seconds + " s)", "pages/s", "p50 ms", "p99 ms", "errors");
        print("baseline: constant " + avgBytes + "-byte page", base);
        print("detail pages at scale " + (int) scale, detail);
        System.out.printf("after run: heap used %s, RSS %s; sample page %d bytes%n", heapUsed(), rss(), sample.length);
        baseline.close();
        sb.close();
        System.exit(0);
    }

    private static void print(String name, Result r) {
        System.out.printf("%-34s %10.0f %10.2f %10.2f %8d%n", name, r.pagesPerSecond, r.p50Millis, r.p99Millis, r.errors);
    }

    /** Random detail pages across the sources, weighted by their sizes. */
    static List<String> sampleDetailUrls(RegistrySandbox sb, int n, SplittableRandom rnd) {
        List<String> out = new ArrayList<>(n);
        String[] sources = sb.sources().toArray(new String[0]);
        long[] cumulative = new long[sources.length];
        long sum = 0;
        for (int i = 0; i < sources.length; i++) {
            sum += sb.site(sources[i]).ledger().liveCount();
            cumulative[i] = sum;
        }
        for (int k = 0; k < n; k++) {
            long pick = rnd.nextLong(sum);
            int si = 0;
            while (cumulative[si] <= pick) {
                si++;
            }
            RegistrySite site = sb.site(sources[si]);
            int index = site.ledger().liveAt(0, rnd.nextInt(site.ledger().liveCount(0)));
            String id = site.localId(index);
            boolean other = rnd.nextBoolean();
            switch (site.name()) {
                case "nzqa":
                    out.add("/nzqa/micro-credentials/" + id);
                    break;
                case "mqa":
                    out.add(MqaSite.detailPath(id, "1101", other));
                    break;
                case "microcred-seeker":
                    out.add("/microcred-seeker/course/" + ((MicrocredSeekerSite) site).slug(index));
                    break;
                case "hkqr":
                    out.add("/hkqr/HKQRPRD/web/hkqr-" + (other ? (rnd.nextBoolean() ? "tc" : "sc") : "en") + "/search/detail?regNo="
                            + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8));
                    break;
                default:
                    out.add("/col-feed/col/v1/records/" + id);
            }
        }
        return out;
    }

    record Result(double pagesPerSecond, double p50Millis, double p99Millis, long errors) {
    }

    static Result drive(int port, List<String> urls, int clients, int warmupSeconds, int seconds) throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] errors = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            final int id = c;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 20];
                int n = 0;
                SplittableRandom rnd = new SplittableRandom(id);
                Client client = null;
                try {
                    while (!stop.get()) {
                        if (client == null) {
                            client = new Client(port);
                        }
                        String url = urls.get(rnd.nextInt(urls.size()));
                        long s = System.nanoTime();
                        int status;
                        try {
                            status = client.get(url);
                        } catch (IOException e) {
                            status = -1;
                            client.close();
                            client = null;
                        }
                        long e = System.nanoTime() - s;
                        if (measuring.get()) {
                            if (status != 200) {
                                errors[id]++;
                            } else if (n < lat.length) {
                                lat[n++] = e;
                            }
                        }
                    }
                } catch (IOException e) {
                    errors[id]++;
                } finally {
                    if (client != null) {
                        client.close();
                    }
                    latencies[id] = lat;
                    counts[id] = n;
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep(warmupSeconds * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        int total = 0;
        long err = 0;
        for (int c = 0; c < clients; c++) {
            total += counts[c];
            err += errors[c];
        }
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        double p50 = total == 0 ? 0 : all[total / 2] / 1e6;
        double p99 = total == 0 ? 0 : all[Math.min(total - 1, (int) (total * 0.99))] / 1e6;
        return new Result(total / elapsed, p50, p99, err);
    }

    static byte[] fetchOnce(int port, String url) throws IOException {
        try (Client c = new Client(port)) {
            c.get(url);
            return c.lastBody;
        }
    }

    static int averageBytes(int port, List<String> urls) throws IOException {
        long sum = 0;
        try (Client c = new Client(port)) {
            for (String u : urls) {
                if (c.get(u) != 200) {
                    throw new IllegalStateException("GET " + u + " was not 200");
                }
                sum += c.lastBody.length;
            }
        }
        return (int) (sum / urls.size());
    }

    /** A minimal HTTP/1.1 keep-alive client on a raw socket, so the client costs little CPU. */
    static final class Client implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        byte[] lastBody;

        Client(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }

        int get(String target) throws IOException {
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: mcfed-bench\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = line();
            if (status == null) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            int length = 0;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(h.substring(15).trim());
                }
            }
            lastBody = in.readNBytes(length);
            if (lastBody.length != length) {
                throw new IOException("short body");
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == '\n') {
                    int l = sb.length();
                    return l > 0 && sb.charAt(l - 1) == '\r' ? sb.substring(0, l - 1) : sb.toString();
                }
                sb.append((char) c);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    static String heapUsed() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1 << 20) + " MiB";
    }

    static String rss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return l.substring(6).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
        return "n/a";
    }
}
