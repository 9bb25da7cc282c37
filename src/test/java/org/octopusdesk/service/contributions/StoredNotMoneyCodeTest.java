package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.persistence.TestDatabase;

/**
 * Codes that are no money (the SDR, XXX) are refused for new pledges since issue 9; a pledge stored in one before
 * must still be read, so that its list opens and the pledge can be found and corrected.
 */
class StoredNotMoneyCodeTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private ContributionFixture fixture;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        fixture = new ContributionFixture(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPledgeStoredInSdrByAnEarlierVersionStillReads() {
        Contribution pledge = database.contributions().create(
                fixture.pledge(fixture.japan, "JP-SDR", "2019-03-01", "1000", "JPY"));
        database.execute("update contribution set currency = 'XDR' where id = ?", pledge.id().value());

        assertThat(database.contributions().findByReference("JP-SDR")).hasValueSatisfying(
                stored -> assertThat(stored.pledged().currency()).isEqualTo("XDR"));
        assertThat(database.contributions().page(ContributionQuery.all(), 0, 10).rows()).hasSize(1);
        assertThatThrownBy(() -> database.contributions().create(
                fixture.pledge(fixture.japan, "JP-SDR-2", "2019-03-01", "1000", "XDR")))
                .isInstanceOf(DomainException.class);
    }
}
