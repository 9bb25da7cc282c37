package org.octopusdesk.service.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;

/**
 * Updates from a stand-in of the ECB's site on the loopback: the right file is chosen, a good one is imported with
 * the usual report and audit entry, and every misbehaving server leaves the stored rates exactly as they were, with
 * a message a person understands.
 */
class EcbRatesUpdateTest {

    /** The stored rates stop on the last day of the shipped history; "today" is 18 days later. */
    private static final LocalDate STORED_UNTIL = LocalDate.of(2026, 4, 13);
    private static final LocalDate SOON_AFTER = LocalDate.of(2026, 5, 1);
    private static final String NINETY_DAYS = "eurofxref-hist-90d.xml";
    private static final String FULL = "eurofxref-hist.zip";

    @TempDir
    Path folder;
    private final Messages english = Messages.forLanguage("en");
    private final FakeEcbServer ecb = FakeEcbServer.start();
    private TestDatabase database;

    private TestDatabase open(LocalDate today) throws Exception {
        database = new TestDatabase(folder.resolve("data"), today);
        database.rates().importFile(Files.writeString(folder.resolve("eurofxref.csv"),
                "Date,USD,CAD,RUB,\n" + STORED_UNTIL + ",1.1000,1.5000,N/A,\n2022-03-01,1.1143,1.4158,117.201,\n"),
                share -> { });
        return database;
    }

    @AfterEach
    void close() {
        ecb.close();
        if (database != null) {
            database.close();
        }
    }

    private int storedRates() {
        RatesService rates = database.rates();
        return rates.currenciesWithRates().stream().mapToInt(code -> rates.history(code).size()).sum();
    }

    private EcbRatesUpdate update() {
        return database.ratesUpdate(ecb.base());
    }

    private static Map<LocalDate, Map<String, String>> days(Object... dayThenRates) {
        Map<LocalDate, Map<String, String>> days = new LinkedHashMap<>();
        for (int i = 0; i < dayThenRates.length; i += 3) {
            days.put((LocalDate) dayThenRates[i], Map.of("USD", (String) dayThenRates[i + 1], "CAD",
                    (String) dayThenRates[i + 2]));
        }
        return days;
    }

    private static final byte[] RECENT = FakeEcbServer.xml(days(
            STORED_UNTIL, "1.1000", "1.5000",
            LocalDate.of(2026, 4, 14), "1.1010", "1.5010",
            LocalDate.of(2026, 4, 30), "1.1100", "1.5100"));

    @Test
    void recentRatesTakeTheNinetyDayFileAndImportItWithTheUsualReport() throws Exception {
        open(SOON_AFTER);
        ecb.serve(NINETY_DAYS, 200, RECENT);
        List<Double> progress = new ArrayList<>();
        List<Long> bytesSeen = new ArrayList<>();

        RatesUpdateReport report = update().update(false, (bytes, expected) -> bytesSeen.add(bytes), progress::add,
                () -> false);

        assertThat(ecb.requested()).containsExactly(FakeEcbServer.FOLDER + NINETY_DAYS);
        assertThat(report.file()).isEqualTo(EcbFile.LAST_90_DAYS);
        assertThat(report.source()).isEqualTo(ecb.base().resolve(NINETY_DAYS));
        assertThat(report.bytes()).isEqualTo(RECENT.length);
        assertThat(bytesSeen).last().isEqualTo((long) RECENT.length);
        assertThat(report.imported()).isEqualTo(new ImportReport(3, STORED_UNTIL, LocalDate.of(2026, 4, 30), 4, 2,
                List.of()));
        assertThat(report.newestDay()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(progress).isSorted().endsWith(1.0);
        assertThat(database.rates().rateFor("CAD", SOON_AFTER).unitsPerEuro()).isEqualByComparingTo("1.5100");
        AuditEntry entry = database.rates().auditTrail(1).get(0);
        assertThat(entry.action()).isEqualTo(AuditEntry.Action.IMPORT);
        assertThat(entry.newValues()).startsWith("audit.rates.file: " + ecb.base().resolve(NINETY_DAYS)
                + "\naudit.rates.origin: audit.rates.origin.downloaded\naudit.rates.days: 3\naudit.rates.added: 4");

        RatesUpdateReport again = update().update(false, DownloadProgress.NONE, share -> { }, () -> false);
        assertThat(again.imported().added()).isZero();
        assertThat(again.imported().unchanged()).isEqualTo(6);
    }

    @Test
    void ratesOlderThanTheNinetyDaysOrAFullRequestTakeTheHistoryZip() throws Exception {
        open(LocalDate.of(2026, 11, 28));
        ecb.serve(FULL, 200, FakeEcbServer.zip("eurofxref-hist.csv",
                "Date,USD,CAD,\n2026-11-27,1.0500,1.4600,\n2026-11-26,1.0490,1.4590,\n"));

        assertThat(update().fileToFetch(false)).isEqualTo(EcbFile.FULL_HISTORY);
        RatesUpdateReport report = update().update(false, DownloadProgress.NONE, share -> { }, () -> false);

        assertThat(ecb.requested()).containsExactly(FakeEcbServer.FOLDER + FULL);
        assertThat(report.imported().added()).isEqualTo(4);
        assertThat(report.newestDay()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(update().fileToFetch(false)).isEqualTo(EcbFile.LAST_90_DAYS);
        assertThat(update().fileToFetch(true)).isEqualTo(EcbFile.FULL_HISTORY);
    }

    @Test
    void theEightyFifthDayIsStillRecentTheEightySixthIsNot() throws Exception {
        open(STORED_UNTIL.plusDays(85));
        assertThat(update().fileToFetch(false)).isEqualTo(EcbFile.LAST_90_DAYS);
        database.close();
        database = new TestDatabase(folder.resolve("data"), STORED_UNTIL.plusDays(86));
        assertThat(update().fileToFetch(false)).isEqualTo(EcbFile.FULL_HISTORY);
    }

    /** Runs an update that must fail, and checks that not one stored rate changed. */
    private DomainException refused() {
        return refused(update());
    }

    private DomainException refused(EcbRatesUpdate update) {
        int before = storedRates();
        List<AuditEntry> trailBefore = database.rates().auditTrail(10);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> update.update(false, DownloadProgress.NONE, share -> { }, () -> false));
        assertThat(thrown).isInstanceOf(RatesUpdateException.class);
        assertThat(storedRates()).isEqualTo(before);
        assertThat(database.rates().auditTrail(10)).isEqualTo(trailBefore);
        return (DomainException) thrown;
    }

    @Test
    void aRefusalByTheServerChangesNothing() throws Exception {
        open(SOON_AFTER);
        ecb.serve(NINETY_DAYS, 404, "Not found".getBytes(StandardCharsets.UTF_8));
        assertThat(english.message(refused())).isEqualTo("The ECB refused the download of "
                + ecb.base().resolve(NINETY_DAYS) + " (HTTP status 404). Nothing was changed.");
    }

    @Test
    void aServerErrorChangesNothing() throws Exception {
        open(SOON_AFTER);
        ecb.serve(NINETY_DAYS, 500, new byte[0]);
        DomainException refusal = refused();
        assertThat(refusal.messageKey()).isEqualTo("error.ratesUpdate.refused");
        assertThat(refusal.arguments()).contains("500");
    }

    @Test
    void garbageWithAnOkChangesNothing() throws Exception {
        open(SOON_AFTER);
        ecb.serve(NINETY_DAYS, 200, "<html><body>Captive portal: log in first</body></html>"
                .getBytes(StandardCharsets.UTF_8));
        String message = english.message(refused());
        assertThat(message).startsWith("What " + ecb.base().resolve(NINETY_DAYS) + " sent is not a usable ECB "
                + "rates file: ").endsWith(" Nothing was changed.");
        assertThat(Messages.forLanguage("fr").message(refused())).contains("n’est pas un fichier de cours de la BCE")
                .endsWith("Rien n’a été modifié.");
    }

    @Test
    void anEcbFileWithOneBadRateChangesNothing() throws Exception {
        open(SOON_AFTER);
        ecb.serve(NINETY_DAYS, 200, FakeEcbServer.xml(days(LocalDate.of(2026, 4, 30), "1.11", "1.51",
                LocalDate.of(2026, 4, 29), "1.11", "-1")));
        assertThat(english.message(refused())).contains("“-1” is not a rate");
    }

    @Test
    void aZipWithAPathOutsideItsFolderChangesNothing() throws Exception {
        open(LocalDate.of(2026, 11, 28));
        ecb.serve(FULL, 200, FakeEcbServer.zip("../../eurofxref-hist.csv", "Date,USD,\n2026-11-27,1.05,\n"));
        assertThat(english.message(refused())).contains("holds “../../eurofxref-hist.csv”, a path Octopus Desk "
                + "does not open");
    }

    @Test
    void anEndlessBodyIsCutAtTheCap() throws Exception {
        open(SOON_AFTER);
        ecb.serveEndless(NINETY_DAYS);
        long start = System.nanoTime();
        assertThat(english.message(refused())).isEqualTo("What " + ecb.base().resolve(NINETY_DAYS)
                + " sends is larger than 1 MB: no ECB rates file is. The download was stopped and nothing was "
                + "changed.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anAnnouncedHugeBodyIsRefusedBeforeReadingIt() throws Exception {
        open(SOON_AFTER);
        ecb.serveAnnouncedHuge(NINETY_DAYS);
        assertThat(refused().messageKey()).isEqualTo("error.ratesUpdate.tooLarge");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        open(SOON_AFTER);
        ecb.serveSilence(NINETY_DAYS);
        long start = System.nanoTime();
        String message = english.message(refused(database.ratesUpdate(ecb.base(), Duration.ofMillis(500))));
        assertThat(message).isEqualTo(ecb.base().resolve(NINETY_DAYS)
                + " did not answer within 0.5 seconds. Nothing was changed; try again later.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerThatStallsMidwayTimesOut() throws Exception {
        open(SOON_AFTER);
        ecb.serveStall(NINETY_DAYS, java.util.Arrays.copyOf(RECENT, 200));
        long start = System.nanoTime();
        assertThat(refused(database.ratesUpdate(ecb.base(), Duration.ofMillis(500))).messageKey())
                .isEqualTo("error.ratesUpdate.timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aDownloadCutOffChangesNothing() throws Exception {
        open(SOON_AFTER);
        ecb.serveCut(NINETY_DAYS, java.util.Arrays.copyOf(RECENT, 200));
        assertThat(refused().messageKey()).isEqualTo("error.ratesUpdate.truncated");
    }

    @Test
    void noServerAtAllSaysTheComputerSeemsOffline() throws Exception {
        open(SOON_AFTER);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        EcbRatesUpdate nowhere = database.ratesUpdate(URI.create("http://127.0.0.1:" + closedPort + "/"));
        int before = storedRates();
        assertThatThrownBy(() -> nowhere.update(false, DownloadProgress.NONE, share -> { }, () -> false))
                .isInstanceOfSatisfying(RatesUpdateException.class, refusal -> assertThat(english.message(refusal))
                        .isEqualTo("Octopus Desk cannot reach 127.0.0.1: this computer seems to be offline, or a "
                                + "proxy or firewall blocks the connection. Nothing was changed."));
        assertThat(storedRates()).isEqualTo(before);
    }

    @Test
    void aRedirectToPlainHttpIsNotFollowed() throws Exception {
        open(SOON_AFTER);
        ecb.serve("elsewhere.xml", 200, RECENT);
        ecb.redirect(NINETY_DAYS, ecb.base().resolve("elsewhere.xml").toString());
        assertThat(refused().messageKey()).isEqualTo("error.ratesUpdate.insecureRedirect");
        assertThat(ecb.requested()).containsExactly(FakeEcbServer.FOLDER + NINETY_DAYS);
    }

    @Test
    void theCancelStopsADownloadThatWaitsForTheServer() throws Exception {
        open(SOON_AFTER);
        ecb.serveStall(NINETY_DAYS, java.util.Arrays.copyOf(RECENT, 200));
        AtomicBoolean cancelled = new AtomicBoolean();
        int before = storedRates();
        EcbRatesUpdate patient = new EcbRatesUpdate(database.rates(), new EcbDownloader(ecb.base(),
                Duration.ofSeconds(2), Duration.ofSeconds(30), 1024 * 1024), java.time.Clock.fixed(
                SOON_AFTER.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
        long start = System.nanoTime();

        assertThatThrownBy(() -> patient.update(false, (bytes, expected) -> cancelled.set(true), share -> { },
                cancelled::get)).isInstanceOf(RatesUpdateCancelledException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(storedRates()).isEqualTo(before);
    }

    @Test
    void onlyHttpsLeavesThisComputer() {
        assertThatThrownBy(() -> EcbDownloader.official().withBase(URI.create("http://www.ecb.europa.eu/stats/")))
                .isInstanceOfSatisfying(RatesUpdateException.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("error.ratesUpdate.notHttps"));
        assertThat(EcbDownloader.official().addressOf(EcbFile.LAST_90_DAYS))
                .hasToString("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml");
        assertThat(EcbDownloader.official().withBase(URI.create("https://mirror.example/ecb")).base())
                .hasToString("https://mirror.example/ecb/");
    }

    @Test
    void theUpdateIsOfferedOnlyWhereItCanBringTheMissingRate() throws Exception {
        open(SOON_AFTER);
        EcbRatesUpdate update = update();

        assertThat(update.couldResolve(refusalOf("CAD", SOON_AFTER))).isTrue();
        assertThat(update.couldResolve(refusalOf("RUB", SOON_AFTER))).isFalse();
        assertThat(update.couldResolve(refusalOf("CAD", SOON_AFTER.plusDays(10)))).isFalse();
        assertThat(update.couldResolve(new DomainException("error.rate.none", "CAD", SOON_AFTER))).isFalse();
    }

    private DomainException refusalOf(String currency, LocalDate valueDate) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> database.rates().rateFor(currency, valueDate), DomainException.class);
    }
}
