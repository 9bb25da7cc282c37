package org.octopusdesk.service.rates;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A stand-in for the ECB's site on the loopback, with the JDK's own HTTP server: it serves good files and the
 * misbehaviour an update must survive (refusals, garbage, an endless body, silence, a stall, a bad redirect).
 * No test reaches the internet.
 */
public final class FakeEcbServer implements AutoCloseable {

    public static final String FOLDER = "/stats/eurofxref/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-ecb");
        thread.setDaemon(true);
        return thread;
    });
    /** Released on close: the silent and stalling answers wait on it. */
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<String> requested = new CopyOnWriteArrayList<>();

    private FakeEcbServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    public static FakeEcbServer start() {
        return new FakeEcbServer();
    }

    /** The folder of the ECB files on this server, as an update's base address. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + FOLDER);
    }

    /** The paths asked for, in order. */
    public List<String> requested() {
        return requested;
    }

    public FakeEcbServer serve(String file, int status, byte[] body) {
        return handle(file, exchange -> {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        });
    }

    /** A body that never ends, sent without a length. */
    public FakeEcbServer serveEndless(String file) {
        return handle(file, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] block = "<Cube>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            OutputStream out = exchange.getResponseBody();
            while (closing.getCount() > 0) {
                out.write(block);
            }
        });
    }

    /** Announces a body larger than any ECB file, then sends nothing. */
    public FakeEcbServer serveAnnouncedHuge(String file) {
        return handle(file, exchange -> {
            exchange.sendResponseHeaders(200, 500L * 1024 * 1024);
            closing.await(10, TimeUnit.SECONDS);
        });
    }

    /** Accepts the request and never answers. */
    public FakeEcbServer serveSilence(String file) {
        return handle(file, exchange -> closing.await(30, TimeUnit.SECONDS));
    }

    /** Answers with a start of body, then goes silent. */
    public FakeEcbServer serveStall(String file, byte[] start) {
        return handle(file, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(start);
            exchange.getResponseBody().flush();
            closing.await(30, TimeUnit.SECONDS);
        });
    }

    /** Announces a length, sends less and hangs up. */
    public FakeEcbServer serveCut(String file, byte[] start) {
        return handle(file, exchange -> {
            exchange.sendResponseHeaders(200, start.length + 10_000L);
            exchange.getResponseBody().write(start);
            exchange.getResponseBody().flush();
            exchange.close();
        });
    }

    public FakeEcbServer redirect(String file, String location) {
        return handle(file, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    private FakeEcbServer handle(String file, Answer answer) {
        server.createContext(FOLDER + file, exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            try (exchange) {
                answer.send(exchange);
            } catch (IOException clientWentAway) {
                // the client hung up, as it should on a hostile answer
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        });
        return this;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    /** One answer of the server. */
    private interface Answer {
        void send(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** An {@code eurofxref-hist-90d.xml} of these days and rates, newest first as the ECB writes it. */
    public static byte[] xml(Map<LocalDate, Map<String, String>> days) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
                + "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n"
                + "<gesmes:subject>Reference rates</gesmes:subject>\n"
                + "<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>\n<Cube>\n");
        days.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach(day -> {
            xml.append("<Cube time=\"").append(day).append("\">\n");
            days.get(day).forEach((currency, rate) -> xml.append("<Cube currency=\"").append(currency)
                    .append("\" rate=\"").append(rate).append("\"/>\n"));
            xml.append("</Cube>\n");
        });
        return xml.append("</Cube>\n</gesmes:Envelope>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP holding one entry, as {@code eurofxref-hist.zip} holds {@code eurofxref-hist.csv}. */
    public static byte[] zip(String entry, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
