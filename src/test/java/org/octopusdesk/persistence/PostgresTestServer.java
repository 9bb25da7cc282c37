package org.octopusdesk.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.octopusdesk.service.ServerDatabase;

/**
 * The PostgreSQL server of a test run: the one {@code -Doctopus.test.pg.url} names (an administrator's JDBC address,
 * e.g. a CI service), else a throw-away cluster of the installed PostgreSQL started in a temporary folder on a free
 * port and stopped when the tests end. Each data folder of a test gets a database of its own, the same one again
 * when a test reopens the folder.
 */
public final class PostgresTestServer {

    /** An administrator's address of an existing server, instead of a cluster of our own. */
    public static final String URL_PROPERTY = "octopus.test.pg.url";
    private static final String USER = "octopus_test";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostgresTestServer.class);
    private static PostgresTestServer running;

    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String prefix = "octopus_t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "_";
    private final AtomicInteger count = new AtomicInteger();
    private final Map<Path, ServerDatabase> byFolder = new ConcurrentHashMap<>();
    private String migrated;

    private PostgresTestServer(String adminUrl, String adminUser, String adminPassword) {
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** The server of this test run, started at the first call. */
    public static synchronized PostgresTestServer get() {
        if (running == null) {
            String url = System.getProperty(URL_PROPERTY);
            running = url != null && !url.isBlank() ? new PostgresTestServer(url.strip(), null, null) : startCluster();
        }
        return running;
    }

    /**
     * The database of {@code folder}: a new one with the current schema the first time (a copy of a database
     * migrated once per run, which the server makes in a fraction of the migrations' time), the same one when the
     * folder is reopened.
     */
    public ServerDatabase databaseFor(Path folder) {
        return byFolder.computeIfAbsent(folder.toAbsolutePath().normalize(),
                ignored -> createDatabase(migratedTemplate()));
    }

    private synchronized String migratedTemplate() {
        if (migrated == null) {
            ServerDatabase template = createDatabase(null);
            try {
                Path folder = Files.createTempDirectory("octopus-pg-template");
                Database.open(folder, template).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            migrated = nameOf(template);
        }
        return migrated;
    }

    /** A new, empty database, or a copy of {@code template} (a database no one is connected to). */
    public ServerDatabase createDatabase(String template) {
        String name = prefix + count.incrementAndGet();
        admin("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        if (adminUser == null) {
            return ServerDatabase.fromUrl(serverUrl(name) + query(adminUrl), null, () -> "");
        }
        return new ServerDatabase(serverUrl(name), adminUser, adminPassword);
    }

    /** Gives {@code folder} the database {@code database}, as if the folder had been set up on it. */
    public void assign(Path folder, ServerDatabase database) {
        byFolder.put(folder.toAbsolutePath().normalize(), database);
    }

    /** The name of a database of this server, for SQL such as {@code TEMPLATE}. */
    public static String nameOf(ServerDatabase database) {
        String path = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private String serverUrl(String database) {
        String withoutQuery = adminUrl.contains("?") ? adminUrl.substring(0, adminUrl.indexOf('?')) : adminUrl;
        return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + database;
    }

    /** The options of the administrator's address (user, password, TLS), for each test database. */
    private static String query(String url) {
        return url.contains("?") ? url.substring(url.indexOf('?')) : "";
    }

    private void admin(String sql) {
        try (Connection connection = adminUser == null ? DriverManager.getConnection(adminUrl)
                : DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server refused: " + sql, e);
        }
    }

    private static PostgresTestServer startCluster() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL found: install Debian's postgresql package or set -D" + URL_PROPERTY));
        try {
            Path folder = Files.createTempDirectory("octopus-pg");
            Optional<String> runAs = runAs(folder);
            Path data = folder.resolve("data");
            run(runAs, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            int port = freePort();
            // Durability settings off: a test cluster is thrown away, and fsync on a shared machine costs minutes.
            run(runAs, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                    folder.resolve("server.log").toString(), "-o", "-p " + port + " -k " + folder
                            + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                            + " -c full_page_writes=off -c max_connections=200", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runAs, bin, data, folder)));
            return new PostgresTestServer("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Optional<String> runAs, Path bin, Path data, Path folder) {
        long start = System.nanoTime();
        try {
            run(runAs, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            LOG.info("PostgreSQL test cluster stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not stop the PostgreSQL test cluster in {}", folder, e);
        }
    }

    /** PostgreSQL refuses to run as root: as root, the cluster belongs to the system's postgres account. */
    private static Optional<String> runAs(Path folder) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.empty();
        }
        var lookup = folder.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(folder, lookup.lookupPrincipalByName("postgres"));
        return Optional.of("postgres");
    }

    private static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(entry));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                versions.sorted(Comparator.reverseOrder()).forEach(version -> candidates.add(version.resolve("bin")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream().filter(dir -> Files.isExecutable(dir.resolve("initdb"))
                && Files.isExecutable(dir.resolve("pg_ctl"))).findFirst();
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(Optional<String> runAs, String... command) {
        List<String> line = new ArrayList<>();
        runAs.ifPresent(user -> line.addAll(List.of("runuser", "-u", user, "--")));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
