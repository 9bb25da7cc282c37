package org.octopusdesk.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.octopusdesk.domain.contribution.EarmarkSplit;
import org.octopusdesk.domain.contribution.PaymentPart;

/**
 * Fills a database with many contributions and payments for the benchmark, by direct JDBC batches: going through
 * the services would take an hour for a million payments, and the benchmark measures reading them. The generated
 * rows obey the services' rules (totals and status kept on each contribution, allocations by share).
 */
public final class BulkContributions {

    /** 40 currencies, the euro one pledge in four; each amount has its currency's decimals (JPY 0, KRW 0). */
    private static final List<String> OTHER_CURRENCIES = List.of("USD", "GBP", "CAD", "JPY", "CHF", "NOK", "SEK",
            "DKK", "AUD", "NZD", "SAR", "CZK", "HUF", "PLN", "RON", "ISK", "TRY", "BRL", "CNY", "HKD", "IDR", "ILS",
            "INR", "KRW", "MXN", "MYR", "PHP", "SGD", "THB", "ZAR", "RUB", "UAH", "ARS", "CLP", "COP", "EGP", "KES",
            "NGN", "MAD");
    private static final org.octopusdesk.service.rates.CurrencyCatalog CATALOG =
            org.octopusdesk.service.rates.CurrencyCatalog.load();
    private static final int BATCH = 5_000;
    /** Payments get ids of their own, far above those the services hand out, to store their parts in one pass. */
    private static final long PAYMENT_IDS = 1_000_000_000L;
    /** The tables loaded here in bulk, whose own indexes are built once after the load. */
    private static final List<String> LOADED_TABLES = List.of("contribution", "allocation", "payment",
            "payment_part");
    /**
     * Kept during the load: the ledger's rebuild reads each pledge's payments by it, and the payments come in the
     * order of their pledge, so it is only ever appended to.
     */
    private static final java.util.Set<String> KEPT_INDEXES = java.util.Set.of("payment_contribution_ix");

    private BulkContributions() {
    }

    /** How long each part of a generation took, in milliseconds: the rows, the indexes built after, the totals. */
    public record Generated(long rowsMillis, long indexesMillis, long totalsMillis) {

        @Override
        public String toString() {
            return String.format("rows %,d ms, indexes %,d ms, totals %,d ms", rowsMillis, indexesMillis,
                    totalsMillis);
        }
    }

    /**
     * Creates {@code donors} donors, {@code projects} projects and {@code contributions} pledges with
     * {@code paymentsEach} payments each, converted at a fixed illustrative rate per currency.
     */
    public static Generated generate(TestDatabase database, int donors, int projects, int contributions,
            int paymentsEach) {
        return database.database().dsl().connectionResult(connection -> {
            connection.setAutoCommit(false);
            Engine engine = database.database().engine();
            long start = System.nanoTime();
            DeferredIndexes indexes = DeferredIndexes.drop(connection, engine, LOADED_TABLES, KEPT_INDEXES);
            insertDonors(connection, donors);
            insertProjects(connection, projects);
            insertContributions(connection, donors, projects, contributions, paymentsEach);
            long rowsDone = System.nanoTime();
            // The totals first: the ledger's rebuild writes each pledge's closing day, cheaper with no index of
            // the contribution table to keep up.
            fillTotals(connection, engine);
            long totalsDone = System.nanoTime();
            indexes.rebuild(connection);
            connection.commit();
            if (engine == Engine.POSTGRESQL) {
                // What the server's autovacuum does some time after a bulk load, done now: without statistics and
                // a visibility map PostgreSQL plans on guesses and its index-only scans read the table anyway.
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("VACUUM ANALYZE");
                }
            }
            return new Generated(millis(rowsDone - start), millis(System.nanoTime() - totalsDone),
                    millis(totalsDone - rowsDone));
        });
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * The totals the services keep beside the payments, derived from the generated rows: the months from the
     * payments, the years from the months (every generated amount is positive, so no year adds up to zero).
     */
    private static void fillTotals(Connection connection, Engine engine) throws SQLException {
        var onConnection = org.jooq.impl.DSL.using(connection, engine.dialect(), engine.settings());
        new ReceiptSummary(onConnection).fillMonths();
        try (var statement = connection.createStatement()) {
            statement.execute("INSERT INTO receipt_by_earmark SELECT receipt_year, kind, project_id, "
                    + "SUM(received_eur) FROM receipt_by_earmark_month GROUP BY receipt_year, kind, project_id");
            statement.execute("INSERT INTO receipt_by_donor SELECT receipt_year, donor_id, SUM(received_eur) "
                    + "FROM receipt_by_donor_month GROUP BY receipt_year, donor_id");
        }
        new OutstandingLedger(onConnection).rebuild();
    }

    private static void insertDonors(Connection connection, int donors) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO donor (id, name, kind, country, "
                + "created_at, updated_at) VALUES (?, ?, 'STATE_PARTY', 'Country', CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)")) {
            for (int i = 1; i <= donors; i++) {
                insert.setLong(1, 1_000_000 + i);
                insert.setString(2, donorName(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String donorName(int donor) {
        return "Donor " + String.format("%04d", donor);
    }

    private static void insertProjects(Connection connection, int projects) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO project (id, code, name, start_date, "
                + "original_end_date, current_end_date, status, created_at, updated_at) VALUES (?, ?, ?, "
                + "DATE '2000-01-01', DATE '2030-12-31', DATE '2030-12-31', 'RUNNING', CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)")) {
            for (int i = 1; i <= projects; i++) {
                insert.setLong(1, 1_000_000 + i);
                insert.setString(2, "P" + i);
                insert.setString(3, "Project " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertContributions(Connection connection, int donors, int projects, int contributions,
            int paymentsEach) throws SQLException {
        Random random = new Random(7);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement pledge = connection.prepareStatement("INSERT INTO contribution (id, reference, "
                + "donor_id, agreement_date, amount, currency, paid_amount, received_eur, payment_count, status, "
                + "created_at, updated_at, donor_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement allocation = connection.prepareStatement("INSERT INTO allocation (contribution_id, "
                        + "position, project_id, basis, share_percent, fraction) VALUES (?, ?, ?, 'SHARE', ?, ?)");
                PreparedStatement payment = connection.prepareStatement("INSERT INTO payment (contribution_id, "
                        + "value_date, amount, currency, rate, rate_date, rate_source, eur_amount, created_at, id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement part = connection.prepareStatement("INSERT INTO payment_part (payment_id, kind, "
                        + "project_id, eur_amount) VALUES (?, ?, ?, ?)")) {
            long paymentId = PAYMENT_IDS;
            for (int c = 1; c <= contributions; c++) {
                Map<Long, BigDecimal> paymentEuros = new LinkedHashMap<>();
                long id = 1_000_000L + c;
                String currency = random.nextInt(4) == 0 ? "EUR"
                        : OTHER_CURRENCIES.get(random.nextInt(OTHER_CURRENCIES.size()));
                int scale = CATALOG.require(currency).minorUnits();
                BigDecimal rate = currency.equals("EUR") ? null : BigDecimal.valueOf(50 + random.nextInt(150), 2);
                // Twenty years of pledges, 2006 to 2025; every payment is received by the end of May 2026, so none
                // lies in the future of the benchmark.
                LocalDate agreed = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(7_300));
                BigDecimal each = BigDecimal.valueOf(1_000 + random.nextInt(99_000)).setScale(scale);
                // Most pledges are paid in full; a fifth still wait for their last payment.
                int paid = random.nextInt(5) == 0 ? paymentsEach - 1 : paymentsEach;
                BigDecimal euros = BigDecimal.ZERO;
                for (int p = 0; p < paymentsEach; p++) {
                    LocalDate valueDate = agreed.plusDays(30L * (p + 1));
                    BigDecimal eur = rate == null ? each : each.divide(rate, 2, RoundingMode.HALF_UP);
                    payment.setLong(1, id);
                    payment.setDate(2, Date.valueOf(valueDate));
                    payment.setBigDecimal(3, each);
                    payment.setString(4, currency);
                    payment.setBigDecimal(5, rate);
                    payment.setDate(6, rate == null ? null : Date.valueOf(valueDate));
                    payment.setString(7, rate == null ? "EURO" : "ECB");
                    payment.setBigDecimal(8, eur);
                    payment.setTimestamp(9, now);
                    payment.setLong(10, ++paymentId);
                    payment.addBatch();
                    paymentEuros.put(paymentId, eur);
                    euros = euros.add(eur);
                    if (p + 1 == paid) {
                        break;
                    }
                }
                BigDecimal pledged = each.multiply(BigDecimal.valueOf(paymentsEach));
                BigDecimal paidAmount = each.multiply(BigDecimal.valueOf(paid));
                pledge.setLong(1, id);
                pledge.setString(2, "B-" + c);
                int donor = 1 + random.nextInt(donors);
                pledge.setLong(3, 1_000_000L + donor);
                pledge.setDate(4, Date.valueOf(agreed));
                pledge.setBigDecimal(5, pledged);
                pledge.setString(6, currency);
                pledge.setBigDecimal(7, paidAmount);
                pledge.setBigDecimal(8, euros);
                pledge.setInt(9, paid);
                pledge.setString(10, paid == paymentsEach ? "RECEIVED" : "PARTLY_RECEIVED");
                pledge.setTimestamp(11, now);
                pledge.setTimestamp(12, now);
                pledge.setString(13, donorName(donor));
                pledge.addBatch();
                int first = 1 + random.nextInt(projects);
                boolean split = random.nextInt(3) == 0;
                addAllocation(allocation, id, 1, first, split ? 60 : 100);
                if (split) {
                    addAllocation(allocation, id, 2, 1 + (first % projects), 40);
                }
                List<Long> earmarked = split ? List.of(1_000_000L + first, 1_000_000L + 1 + (first % projects))
                        : List.of(1_000_000L + first);
                List<Optional<BigDecimal>> fractions = split
                        ? List.of(Optional.of(new BigDecimal("0.6")), Optional.of(new BigDecimal("0.4")))
                        : List.of(Optional.of(BigDecimal.ONE));
                for (Map.Entry<Long, BigDecimal> received : paymentEuros.entrySet()) {
                    addParts(part, received.getKey(), EarmarkSplit.ofFractions(received.getValue(), fractions)
                            .parts(earmarked));
                }
                if (c % BATCH == 0 || c == contributions) {
                    pledge.executeBatch();
                    allocation.executeBatch();
                    payment.executeBatch();
                    part.executeBatch();
                }
            }
        }
    }

    private static void addParts(PreparedStatement insert, long payment, List<PaymentPart> parts)
            throws SQLException {
        for (PaymentPart each : parts) {
            insert.setLong(1, payment);
            insert.setString(2, each.kind().name());
            insert.setLong(3, each.project());
            insert.setBigDecimal(4, each.euros());
            insert.addBatch();
        }
    }

    private static void addAllocation(PreparedStatement allocation, long contribution, int position, int project,
            int percent) throws SQLException {
        allocation.setLong(1, contribution);
        allocation.setInt(2, position);
        allocation.setLong(3, 1_000_000L + project);
        allocation.setBigDecimal(4, BigDecimal.valueOf(percent));
        allocation.setBigDecimal(5, BigDecimal.valueOf(percent).movePointLeft(2));
        allocation.addBatch();
    }
}
