package org.octopusdesk.service.rates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.octopusdesk.service.AppVersion;

/**
 * Fetches an ECB file into a local file, through the workstation's proxy settings. Only HTTPS goes out (plain HTTP
 * only to this computer, for tests), redirects are followed only to HTTPS, a server that stops answering is given
 * up after the read timeout, and a body larger than the cap is refused: the ECB's largest file is about 600 KB.
 */
public final class EcbDownloader {

    public static final URI OFFICIAL_BASE = URI.create("https://www.ecb.europa.eu/stats/eurofxref/");
    /** Thirty times the full history's ZIP: room for its growth, not for a hostile server's endless body. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** How long the server may stay silent, before its answer or in the middle of it. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private static final int MAX_REDIRECTS = 5;
    /** How often a wait for the server looks at the person's Cancel. */
    private static final long POLL_MILLIS = 50;
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private final URI base;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;

    /**
     * @param base the folder the ECB files are in: HTTPS, or HTTP to the loopback
     * @throws RatesUpdateException when the base is neither
     */
    public EcbDownloader(URI base, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.base = checkedBase(base);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    /** The ECB's own address, the usual timeouts and cap. */
    public static EcbDownloader official() {
        return new EcbDownloader(OFFICIAL_BASE, CONNECT_TIMEOUT, READ_TIMEOUT, MAX_BYTES);
    }

    /** The same limits, with the files taken from another folder. */
    public EcbDownloader withBase(URI other) {
        return new EcbDownloader(other, connectTimeout, readTimeout, maxBytes);
    }

    public URI base() {
        return base;
    }

    public URI addressOf(EcbFile file) {
        return base.resolve(file.fileName());
    }

    private static URI checkedBase(URI base) {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = "https".equals(scheme) || "http".equals(scheme) && isLoopback(base.getHost());
        if (base.getHost() == null || !allowed) {
            throw new RatesUpdateException("error.ratesUpdate.notHttps", base.toString());
        }
        String path = base.getPath() == null ? "" : base.getPath();
        return path.endsWith("/") ? base : URI.create(scheme + "://" + base.getRawAuthority() + path + "/");
    }

    /** By its literal name only: a name that resolves to the loopback could resolve elsewhere tomorrow. */
    private static boolean isLoopback(String host) {
        return host != null && ("localhost".equalsIgnoreCase(host) || "[::1]".equals(host)
                || IPV4_LOOPBACK.matcher(host).matches());
    }

    /**
     * Downloads {@code address} into {@code target}, replacing what is there.
     *
     * @param cancelled looked at while waiting and between blocks; true stops the download
     * @return the number of bytes received
     * @throws RatesUpdateException saying why in a person's words; {@link RatesUpdateCancelledException} when
     *         the person stopped it
     */
    public long download(URI address, Path target, DownloadProgress progress, BooleanSupplier cancelled) {
        // The system's proxies when the launcher asked for them (java.net.useSystemProxies), as a browser would.
        ProxySelector proxies = ProxySelector.getDefault();
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(proxies == null ? HttpClient.Builder.NO_PROXY : proxies)
                .build();
        URI current = address;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> response = send(client, current, address, cancelled);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                closeQuietly(response.body());
                current = redirectTarget(response, current, address);
            } else if (status == 200) {
                return save(response, address, target, progress, cancelled);
            } else {
                closeQuietly(response.body());
                throw new RatesUpdateException("error.ratesUpdate.refused", address.toString(), String.valueOf(status));
            }
        }
        throw new RatesUpdateException("error.ratesUpdate.redirects", address.toString());
    }

    private HttpResponse<InputStream> send(HttpClient client, URI uri, URI asked, BooleanSupplier cancelled) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", "Octopus Desk/" + AppVersion.current())
                .GET()
                .build();
        CompletableFuture<HttpResponse<InputStream>> pending =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        while (true) {
            if (cancelled.getAsBoolean()) {
                pending.cancel(true);
                throw new RatesUpdateCancelledException();
            }
            try {
                return pending.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                // the next turn looks at the Cancel again
            } catch (InterruptedException interrupted) {
                pending.cancel(true);
                Thread.currentThread().interrupt();
                throw new RatesUpdateCancelledException();
            } catch (ExecutionException failed) {
                throw translated(failed.getCause(), asked);
            }
        }
    }

    private URI redirectTarget(HttpResponse<?> response, URI current, URI asked) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new RatesUpdateException("error.ratesUpdate.refused", asked.toString(),
                        String.valueOf(response.statusCode())));
        URI target;
        try {
            target = current.resolve(location);
        } catch (IllegalArgumentException notAnAddress) {
            throw new RatesUpdateException("error.ratesUpdate.insecureRedirect", asked.toString(), location);
        }
        if (!"https".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
            throw new RatesUpdateException("error.ratesUpdate.insecureRedirect", asked.toString(), target.toString());
        }
        return target;
    }

    private long save(HttpResponse<InputStream> response, URI address, Path target, DownloadProgress progress,
            BooleanSupplier cancelled) {
        long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        InputStream body = response.body();
        if (expected > maxBytes) {
            closeQuietly(body);
            throw tooLarge(address);
        }
        Watchdog watchdog = new Watchdog(body, readTimeout, cancelled);
        long total = 0;
        try (body; OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = readSome(body, buffer, watchdog, address)) != -1) {
                watchdog.arrived();
                total += read;
                if (total > maxBytes) {
                    throw tooLarge(address);
                }
                if (cancelled.getAsBoolean()) {
                    throw new RatesUpdateCancelledException();
                }
                out.write(buffer, 0, read);
                progress.downloaded(total, expected);
            }
        } catch (IOException writing) {
            throw translated(writing, address);
        } finally {
            watchdog.stop();
        }
        // The watchdog's close can end the stream like a normal end: its verdict comes first.
        watchdog.verdict(address).ifPresent(stopped -> {
            throw stopped;
        });
        if (expected >= 0 && total != expected) {
            throw new RatesUpdateException("error.ratesUpdate.truncated", address.toString());
        }
        return total;
    }

    /** One block of the body; a connection that breaks is a download cut off, unless the watchdog closed it. */
    private static int readSome(InputStream body, byte[] buffer, Watchdog watchdog, URI address) {
        try {
            return body.read(buffer);
        } catch (IOException cut) {
            watchdog.stop();
            throw watchdog.verdict(address).orElseGet(() -> new RatesUpdateException("error.ratesUpdate.truncated",
                    address.toString()).withCause(cut));
        }
    }

    private RatesUpdateException tooLarge(URI address) {
        return new RatesUpdateException("error.ratesUpdate.tooLarge", address.toString(), maxBytes / (1024 * 1024));
    }

    /** The technical failure in a person's words; the cause stays attached for the log. */
    private RatesUpdateException translated(Throwable failure, URI address) {
        String where = address.toString();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RatesUpdateException known) {
                return known;
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return timeout(where, connectTimeout).withCause(failure);
            }
            if (cause instanceof HttpTimeoutException) {
                return timeout(where, readTimeout).withCause(failure);
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException
                    || cause instanceof ConnectException) {
                return new RatesUpdateException("error.ratesUpdate.offline", address.getHost()).withCause(failure);
            }
            if (cause instanceof SSLException) {
                return new RatesUpdateException("error.ratesUpdate.insecure", address.getHost()).withCause(failure);
            }
        }
        return new RatesUpdateException("error.ratesUpdate.failed", where,
                String.valueOf(failure.getMessage() == null ? failure.getClass().getSimpleName()
                        : failure.getMessage())).withCause(failure);
    }

    private static RatesUpdateException timeout(String where, Duration limit) {
        return new RatesUpdateException("error.ratesUpdate.timeout", where,
                BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros());
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the answer is refused anyway; a failed close changes nothing for the person
        }
    }

    /**
     * Closes the body when nothing arrived for the read timeout, or when the person cancelled: a read blocked on a
     * silent server then returns. The request's own timeout covers only the wait for the headers.
     */
    private static final class Watchdog {

        private enum Verdict { TIMED_OUT, CANCELLED }

        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "octopus-desk-download-watchdog");
                    thread.setDaemon(true);
                    return thread;
                });
        private final Duration idle;
        private volatile long lastArrival = System.nanoTime();
        private volatile Verdict verdict;

        Watchdog(InputStream body, Duration idle, BooleanSupplier cancelled) {
            this.idle = idle;
            long period = Math.max(10, Math.min(200, idle.toMillis() / 4));
            timer.scheduleAtFixedRate(() -> {
                if (verdict != null) {
                    return;
                }
                if (cancelled.getAsBoolean()) {
                    stop(Verdict.CANCELLED, body);
                } else if (System.nanoTime() - lastArrival > idle.toNanos()) {
                    stop(Verdict.TIMED_OUT, body);
                }
            }, period, period, TimeUnit.MILLISECONDS);
        }

        void arrived() {
            lastArrival = System.nanoTime();
        }

        private void stop(Verdict reason, InputStream body) {
            verdict = reason;
            closeQuietly(body);
        }

        void stop() {
            timer.shutdownNow();
        }

        java.util.Optional<RatesUpdateException> verdict(URI address) {
            Verdict seen = verdict;
            if (seen == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(seen == Verdict.CANCELLED ? new RatesUpdateCancelledException()
                    : timeout(address.toString(), idle));
        }
    }
}
