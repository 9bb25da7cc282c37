package org.octopusdesk.service.donors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ConcurrentEditException;

/** Donors on real H2 with the real migrations. */
class DonorServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private DonorService donors;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        donors = database.donors();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsListsByNameAndReadsBack() {
        donors.create(new DonorDraft("United Kingdom (FCDO)", DonorKind.PUBLIC_BODY, "United Kingdom", "FCDO"));
        Donor canada = donors.create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", "Global Affairs"));
        donors.create(new DonorDraft("Émirats test", DonorKind.OTHER, "", ""));

        assertThat(donors.list()).extracting(Donor::name)
                .containsExactly("Canada", "Émirats test", "United Kingdom (FCDO)");
        assertThat(donors.get(canada.id())).isEqualTo(canada);
        assertThat(canada.version()).isZero();
    }

    @Test
    void everyCreationChangeAndDeletionIsInTheAuditTrailWithWhoAndTheValues() {
        Donor japan = donors.create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
        donors.update(japan.id(), 0, new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", "Embassy in Strasbourg"));
        donors.delete(japan.id(), 1);

        List<AuditEntry> history = donors.history(japan.id());

        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditEntry.Action.CREATE,
                AuditEntry.Action.UPDATE, AuditEntry.Action.DELETE);
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(TestDatabase.ACTOR);
            assertThat(entry.recordedAt()).isEqualTo(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        });
        assertThat(history.get(0).oldValues()).isEmpty();
        assertThat(history.get(0).newValues()).isEqualTo("donor.name: Japan\ndonor.kind: donor.kind.state_party\n"
                + "donor.country: Japan\ndonor.contactNotes: ");
        assertThat(history.get(1).oldValues()).endsWith("donor.contactNotes: ");
        assertThat(history.get(1).newValues()).endsWith("donor.contactNotes: Embassy in Strasbourg");
        assertThat(history.get(2).newValues()).isEmpty();
    }

    @Test
    void aRefusedSaveLeavesNoTrace() {
        Donor japan = donors.create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));

        assertThatThrownBy(() -> donors.update(japan.id(), 0, new DonorDraft("", DonorKind.STATE_PARTY, "", "")))
                .isInstanceOf(ValidationException.class);

        assertThat(donors.history(japan.id())).hasSize(1);
    }

    @Test
    void namesAreUniqueWhateverTheCase() {
        donors.create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));

        assertThatThrownBy(() -> donors.create(new DonorDraft("JAPAN", DonorKind.STATE_PARTY, "Japan", "")))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of("name", "validation.donor.nameTaken", "JAPAN")));
    }

    @Test
    void aStaleSaveOrDeleteIsRefusedAndTheFirstSaveKept() {
        Donor japan = donors.create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
        donors.update(japan.id(), 0, new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", "First window"));

        assertThatThrownBy(() -> donors.update(japan.id(), 0,
                new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", "Second window")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> donors.delete(japan.id(), 0)).isInstanceOf(ConcurrentEditException.class);
        assertThat(donors.get(japan.id()).contactNotes()).isEqualTo("First window");

        donors.delete(japan.id(), 1);
        assertThat(donors.list()).isEmpty();
    }
}
