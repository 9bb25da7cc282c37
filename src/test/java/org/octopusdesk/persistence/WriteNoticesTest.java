package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.service.DataChanges;

/** Every committed write is announced once, whichever service made it; reads and rolled-back writes are not. */
class WriteNoticesTest {

    @TempDir
    Path folder;

    @Test
    void announcesEachCommittedWriteOnceAndNothingElse() {
        try (TestDatabase database = new TestDatabase(folder)) {
            AtomicInteger notices = new AtomicInteger();
            DataChanges.Subscription subscription = database.changes().subscribe(notices::incrementAndGet);

            database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));
            assertThat(notices).as("a donor and its audit entry: one transaction, one notice").hasValue(1);

            database.donors().list();
            database.contributions().years();
            assertThat(notices).as("reads change nothing").hasValue(1);

            assertThatThrownBy(() -> database.donors().create(new DonorDraft("", DonorKind.OTHER, "", "")))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> database.database().transactions().inTransaction(() -> {
                database.execute("UPDATE donor SET country = 'Elsewhere'");
                throw new IllegalStateException("rolled back");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(notices).as("a refused or rolled-back write is no change").hasValue(1);

            database.execute("UPDATE donor SET country = 'Canada (Global Affairs)'");
            assertThat(notices).as("a write outside any transaction, at once").hasValue(2);

            subscription.close();
            database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
            assertThat(notices).as("a closed subscription hears nothing").hasValue(2);
        }
    }
}
