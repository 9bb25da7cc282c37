package org.octopusdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.service.rates.CurrencyCatalog;
import org.octopusdesk.service.rates.EcbRatesReader;

/**
 * The floors the benchmark holds the application's operations against: the same work done the plainest way, in
 * JDBC without the application's layers, on the same data in the same run. What an operation costs above its floor
 * is what the application adds; the figures themselves move with the machine.
 */
public final class PlainJdbcLimits {

    private static final String HISTORY = "/org/octopusdesk/reference/eurofxref-hist.csv";

    private PlainJdbcLimits() {
    }

    /** Reads every payment's euros once: what totals computed from the payments at each call would cost. */
    public static BigDecimal scanPayments(TestDatabase database) {
        return database.database().dsl().connectionResult(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet sum = statement.executeQuery("SELECT SUM(eur_amount) FROM payment")) {
                sum.next();
                return sum.getBigDecimal(1);
            }
        });
    }

    /** The newest 100 contributions by the index on their agreement date, each row read whole. */
    public static int firstPage(TestDatabase database) {
        return database.database().dsl().connectionResult(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet page = statement.executeQuery("SELECT * FROM contribution "
                            + "ORDER BY agreement_date DESC, id DESC FETCH FIRST 100 ROWS ONLY")) {
                int rows = 0;
                while (page.next()) {
                    rows++;
                }
                return rows;
            }
        });
    }

    /**
     * Reads the shipped ECB history with the application's reader and inserts it into a new H2 database's table of
     * the same shape, in batches, in one transaction: the floor of a first start's rate loading.
     */
    public static int loadEcbHistory(Path folder, CurrencyCatalog currencies, LocalDate today) {
        List<ExchangeRate> rates;
        try (InputStream in = PlainJdbcLimits.class.getResourceAsStream(HISTORY)) {
            rates = new EcbRatesReader(currencies, today).read("eurofxref-hist.csv", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("plain") + ";WRITE_DELAY=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE exchange_rate (currency CHAR(3) NOT NULL, source VARCHAR(16) NOT NULL,"
                        + " rate_date DATE NOT NULL, units_per_euro NUMERIC(20, 8) NOT NULL, note VARCHAR(1000) NOT "
                        + "NULL DEFAULT '', recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                        + "PRIMARY KEY (currency, source, rate_date))");
            }
            connection.setAutoCommit(false);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO exchange_rate (currency, source, "
                    + "rate_date, units_per_euro, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (ExchangeRate rate : rates) {
                    insert.setString(1, rate.currency());
                    insert.setString(2, rate.source().name());
                    insert.setDate(3, Date.valueOf(rate.date()));
                    insert.setBigDecimal(4, rate.unitsPerEuro());
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                    if (++batched % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return rates.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
