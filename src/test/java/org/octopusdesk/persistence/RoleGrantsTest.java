package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.service.ServerDatabase;

/**
 * The roles hold on the server whatever client connects (decision 0034): each person's session sends raw SQL, as
 * psql would, and the server refuses what the role may not do. Always on PostgreSQL.
 */
class RoleGrantsTest {

    @TempDir
    static Path folder;

    private static ServerDatabase owner;
    private static long contribution;
    private static long pastPayment;
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeAll
    static void aDatabaseWithAPledgeAndTwoPayments() throws SQLException {
        owner = PostgresTestServer.get().databaseFor(folder);
        try (Connection connection = connect(owner.user()); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO donor (name, kind, created_at, updated_at) VALUES ('Estonia', 'STATE_PARTY', "
                    + "now(), now())");
            contribution = insertReturningId(sql, "INSERT INTO contribution (reference, donor_id, donor_name, "
                    + "agreement_date, amount, currency, status, created_at, updated_at) SELECT 'P-1', id, name, "
                    + "current_date - 30, 1000, 'EUR', 'PLEDGED', now(), now() FROM donor");
            pastPayment = insertPayment(sql, "current_date - 1");
            for (String role : new String[] {"assistant", "staff", "programme_manager"}) {
                sql.execute("SELECT octopus_add_person('" + login(role) + "', 'a long password', '" + role + "')");
            }
        }
    }

    @Test
    void anAssistantCannotDeleteAPaymentOfAnEarlierDayEvenWithRawSql() throws SQLException {
        try (Connection assistant = connect(login("assistant")); Statement sql = assistant.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM payment WHERE id = " + pastPayment))
                    .isInstanceOfSatisfying(SQLException.class,
                            refused -> assertThat(refused.getSQLState()).isEqualTo("42501"));
            assertThat(count("SELECT count(*) FROM payment WHERE id = " + pastPayment)).isOne();
        }
    }

    @Test
    void anAssistantDeletesTodaysPaymentAndEntersDonorsPaymentsAndRates() throws SQLException {
        try (Connection assistant = connect(login("assistant")); Statement sql = assistant.createStatement()) {
            long today = insertPayment(sql, "current_date");
            assertThat(sql.executeUpdate("DELETE FROM payment WHERE id = " + today)).isOne();
            sql.execute("INSERT INTO exchange_rate (currency, rate_date, units_per_euro, source, recorded_at) "
                    + "VALUES ('USD', DATE '2020-01-02', 1.1, 'ECB', now())");
            assertThat(sql.executeUpdate("UPDATE donor SET contact_notes = 'desk officer' WHERE name = 'Estonia'"))
                    .isOne();
        }
    }

    @Test
    void anAssistantCannotCancelAPledgeButEditsIt() throws SQLException {
        try (Connection assistant = connect(login("assistant")); Statement sql = assistant.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE contribution SET status = 'CANCELLED', "
                    + "cancelled_on = current_date WHERE id = " + contribution))
                    .isInstanceOfSatisfying(SQLException.class,
                            refused -> assertThat(refused.getSQLState()).isEqualTo("42501"));
            assertThat(sql.executeUpdate("UPDATE contribution SET notes = 'signed' WHERE id = " + contribution))
                    .isOne();
        }
    }

    @Test
    void staffCannotEnterAPaymentButReadTheTotalsAndEditMeetings() throws SQLException {
        try (Connection staff = connect(login("staff")); Statement sql = staff.createStatement()) {
            assertThatThrownBy(() -> insertPayment(sql, "current_date"))
                    .isInstanceOfSatisfying(SQLException.class,
                            refused -> assertThat(refused.getSQLState()).isEqualTo("42501"));
            try (var totals = sql.executeQuery("SELECT sum(received_eur), count(*) FROM contribution")) {
                assertThat(totals.next()).isTrue();
                assertThat(totals.getLong(2)).isOne();
            }
            long meeting = insertReturningId(sql, "INSERT INTO meeting (series_id, number, start_date, end_date, "
                    + "format, created_at, updated_at) SELECT min(id), 99, DATE '2026-06-01', DATE '2026-06-03', "
                    + "'IN_PERSON', now(), now() FROM meeting_series");
            assertThat(sql.executeUpdate("UPDATE meeting SET venue = 'Strasbourg' WHERE id = " + meeting)).isOne();
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE donor SET contact_notes = 'x'"))
                    .isInstanceOfSatisfying(SQLException.class,
                            refused -> assertThat(refused.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void aProgrammeManagerDeletesAnEarlierPaymentAndCancelsAPledge() throws SQLException {
        try (Connection manager = connect(login("programme_manager")); Statement sql = manager.createStatement()) {
            long earlier = insertPayment(sql, "current_date - 3");
            assertThat(sql.executeUpdate("DELETE FROM payment WHERE id = " + earlier)).isOne();
            sql.executeUpdate("INSERT INTO contribution (reference, donor_id, donor_name, agreement_date, amount, "
                    + "currency, status, created_at, updated_at) SELECT 'P-2', id, name, current_date, 10, 'EUR', "
                    + "'PLEDGED', now(), now() FROM donor");
            assertThat(sql.executeUpdate("UPDATE contribution SET status = 'CANCELLED', cancelled_on = current_date "
                    + "WHERE reference = 'P-2'")).isOne();
            assertThat(sql.executeUpdate("UPDATE meeting_series SET short_name = short_name")).isPositive();
        }
    }

    @Test
    void onlyAnAdministratorAddsPeople() throws SQLException {
        try (Connection manager = connect(login("programme_manager")); Statement sql = manager.createStatement()) {
            assertThatThrownBy(() -> sql.execute("SELECT octopus_add_person('x" + RUN + "', 'a long password', "
                    + "'programme_manager')"))
                    .isInstanceOfSatisfying(SQLException.class,
                            refused -> assertThat(refused.getSQLState()).isEqualTo("42501"));
        }
    }

    static String login(String role) {
        return "t" + RUN + "_" + role;
    }

    private static long insertPayment(Statement sql, String valueDate) throws SQLException {
        return insertReturningId(sql, "INSERT INTO payment (contribution_id, value_date, amount, currency, "
                + "rate_source, eur_amount, created_at) VALUES (" + contribution + ", " + valueDate + ", 100, 'EUR', "
                + "'EURO', 100, now())");
    }

    private static long insertReturningId(Statement sql, String insert) throws SQLException {
        try (var id = sql.executeQuery(insert + " RETURNING id")) {
            id.next();
            return id.getLong(1);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = connect(owner.user()); Statement sql = connection.createStatement();
                var result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The test cluster trusts local connections, so a person's session needs no password here. */
    private static Connection connect(String user) throws SQLException {
        return DriverManager.getConnection(owner.jdbcUrl(), user, owner.user().equals(user) ? owner.password() : "");
    }
}
