package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.service.ServerDatabase;

/**
 * The window's one table of capabilities ({@link Permission}) against the grants of a migrated PostgreSQL database
 * (V25 and later), read with {@code has_table_privilege} for each role and table: a grant changed on one side only
 * fails here, so the disabled buttons cannot drift from what the server refuses (decision 0034, "Every screen").
 */
class CapabilityGrantsTest {

    /** Every role appends the audit trail; Flyway's history is the owner's. Neither is a capability. */
    private static final Set<String> NOT_CAPABILITIES = Set.of("audit_entry", "audit_chain_head",
            "flyway_schema_history");

    @TempDir
    static Path folder;

    /** The tables each role may write, read from the server. */
    private static final Map<Role, Set<String>> WRITES = new EnumMap<>(Role.class);
    private static final Set<String> TABLES = new TreeSet<>();
    private static final Map<Role, Boolean> ADDS_PEOPLE = new EnumMap<>(Role.class);
    private static final Set<String> TRIGGERS = new HashSet<>();

    @BeforeAll
    static void readTheServersGrants() throws SQLException {
        ServerDatabase owner = PostgresTestServer.get().databaseFor(folder);
        try (Connection connection = DriverManager.getConnection(owner.jdbcUrl(), owner.user(), owner.password())) {
            TABLES.addAll(strings(connection, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"));
            for (Role role : Role.values()) {
                WRITES.put(role, writtenBy(connection, role));
                try (PreparedStatement query = connection.prepareStatement("SELECT has_function_privilege("
                        + "octopus_role_name(?), 'octopus_add_person(text, text, text)', 'EXECUTE')")) {
                    query.setString(1, role.serverName());
                    try (var result = query.executeQuery()) {
                        result.next();
                        ADDS_PEOPLE.put(role, result.getBoolean(1));
                    }
                }
            }
            TRIGGERS.addAll(strings(connection, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"));
        }
    }

    @Test
    void eachCapabilityOfGrantsHasExactlyTheRolesTheServerLetsWriteAllItsTables() {
        for (Permission permission : Permission.values()) {
            if (permission.serverRule() != Permission.ServerRule.GRANTS) {
                continue;
            }
            Set<Role> writers = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (WRITES.get(role).containsAll(permission.tables())) {
                    writers.add(role);
                }
            }
            assertThat(permission.roles()).as(permission + " on " + permission.tables()).isEqualTo(writers);
            assertThat(TABLES).as(permission + ": tables that exist").containsAll(permission.tables());
        }
    }

    @Test
    void whatARoleMayWriteIsExactlyTheTablesOfItsCapabilitiesAndEveryTableBelongsToOne() {
        for (Role role : Role.values()) {
            Set<String> ofCapabilities = new TreeSet<>();
            for (Permission permission : Permission.values()) {
                if (permission.serverRule() == Permission.ServerRule.GRANTS && permission.roles().contains(role)) {
                    ofCapabilities.addAll(permission.tables());
                }
            }
            Set<String> written = new TreeSet<>(WRITES.get(role));
            written.removeAll(NOT_CAPABILITIES);
            assertThat(written).as("the tables %s may write", role).isEqualTo(ofCapabilities);
        }
        Set<String> named = java.util.Arrays.stream(Permission.values()).flatMap(p -> p.tables().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> everyTable = new TreeSet<>(TABLES);
        everyTable.removeAll(NOT_CAPABILITIES);
        assertThat(named).as("a table no capability names would be the programme manager's unseen")
                .isEqualTo(everyTable);
    }

    @Test
    void theTriggersRefuseTheAssistantWhatTheTableSaysOnlyTheProgrammeManagerDoes() {
        assertThat(TRIGGERS).contains("contribution_cancel_by_role", "payment_delete_by_role");
        for (Permission permission : List.of(Permission.CANCEL_PLEDGE, Permission.DELETE_EARLIER_PAYMENT)) {
            assertThat(permission.serverRule()).isEqualTo(Permission.ServerRule.TRIGGER);
            Set<Role> writersButTheAssistant = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (WRITES.get(role).containsAll(Permission.CHANGE_MONEY.tables()) && role != Role.ASSISTANT) {
                    writersButTheAssistant.add(role);
                }
            }
            assertThat(permission.roles()).as(permission.toString()).isEqualTo(writersButTheAssistant);
        }
    }

    @Test
    void onlyTheRolesOfManagePeopleMayRunTheFunctionsThatAddPeople() {
        Set<Role> allowed = ADDS_PEOPLE.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(Permission.MANAGE_PEOPLE.roles()).isEqualTo(allowed);
    }

    /** The tables {@code role} may insert into, update and delete from; a partial grant would be a mistake. */
    private static Set<String> writtenBy(Connection connection, Role role) throws SQLException {
        Set<String> written = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT tablename, "
                + "has_table_privilege(octopus_role_name(?), quote_ident(tablename), 'INSERT'), "
                + "has_table_privilege(octopus_role_name(?), quote_ident(tablename), 'UPDATE'), "
                + "has_table_privilege(octopus_role_name(?), quote_ident(tablename), 'DELETE') "
                + "FROM pg_tables WHERE schemaname = current_schema()")) {
            for (int i = 1; i <= 3; i++) {
                query.setString(i, role.serverName());
            }
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    String table = result.getString(1);
                    boolean insert = result.getBoolean(2);
                    boolean update = result.getBoolean(3);
                    boolean delete = result.getBoolean(4);
                    if (!table.equals("audit_entry") && !table.equals("audit_chain_head")) {
                        assertThat(insert == update && update == delete)
                                .as("%s has all or none of insert, update and delete on %s", role, table).isTrue();
                    }
                    if (insert || update || delete) {
                        written.add(table);
                    }
                }
            }
        }
        return written;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
