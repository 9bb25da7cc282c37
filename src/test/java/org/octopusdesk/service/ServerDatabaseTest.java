package org.octopusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.DomainException;

class ServerDatabaseTest {

    private static final java.util.function.Supplier<String> NO_PROMPT = () -> {
        throw new AssertionError("asked for a password it was given");
    };

    @Test
    void takesUserAndPasswordOutOfTheAddressItKeeps() {
        ServerDatabase server = ServerDatabase.fromUrl(
                "jdbc:postgresql://db.coe.int:5433/octopus?user=anna&sslmode=require&password=s%26cret", "os-user",
                NO_PROMPT);

        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db.coe.int:5433/octopus?sslmode=require");
        assertThat(server.user()).isEqualTo("anna");
        assertThat(server.password()).isEqualTo("s&cret");
        assertThat(server.described()).doesNotContain("s&cret").contains("anna");
        assertThat(server.toString()).doesNotContain("s&cret");
    }

    @Test
    void withoutThemTheDefaultUserAndTheSuppliedPassword() {
        ServerDatabase server = ServerDatabase.fromUrl("jdbc:postgresql://host/octopus", "bernard", () -> "from-env");

        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://host/octopus");
        assertThat(server.user()).isEqualTo("bernard");
        assertThat(server.password()).isEqualTo("from-env");
    }

    @Test
    void refusesAnAddressThatIsNotPostgresql() {
        assertThatThrownBy(() -> ServerDatabase.fromUrl("jdbc:h2:file:/tmp/x", "anna", () -> ""))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.database.notPostgresql"));
        assertThatThrownBy(() -> ServerDatabase.fromUrl("jdbc:postgresql://host/db", " ", () -> ""))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.database.noUser"));
    }

    @Test
    void settingsDescribeADatabaseThatUsesTlsWhenTheServerOffersIt() {
        ServerDatabase server = ServerDatabase.of(" db.coe.int ", 5432, "octopus", "anna", "pw");

        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db.coe.int:5432/octopus?sslmode=prefer");
        assertThatThrownBy(() -> ServerDatabase.of("db", 0, "octopus", "anna", ""))
                .isInstanceOf(DomainException.class);
    }
}
