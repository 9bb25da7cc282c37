package org.octopusdesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

class AuditTrailViewModelTest {

    @TempDir
    Path folder;

    private static AuditTrailViewModel viewModel(TestDatabase database, Messages messages, ScriptedDialogs dialogs,
            Path folder) {
        return new AuditTrailViewModel(database.audit(), new SameThreadRunner(),
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages);
    }

    @Test
    void listsTheNewestEntriesFilteredByRecordTypeInTheReadersLanguage() {
        try (TestDatabase database = new TestDatabase(folder)) {
            Donor canada = database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));
            database.donors().update(canada.id(), canada.version(),
                    new DonorDraft("Canada – Affaires mondiales", DonorKind.STATE_PARTY, "Canada", ""));
            AuditTrailViewModel viewModel = viewModel(database, Messages.forLanguage("fr"), new ScriptedDialogs(),
                    folder);

            viewModel.reload();

            assertThat(viewModel.recordTypes()).containsExactly("", "AUDIT_TRAIL", "DONOR");
            assertThat(viewModel.recordTypes()).extracting(viewModel::recordTypeName)
                    .containsExactly("Tous les enregistrements", "Journal d’audit", "Donateur");
            assertThat(viewModel.entries()).extracting(AuditRow::id).containsExactly(3L, 2L, 1L);

            viewModel.recordTypeProperty().set("DONOR");

            assertThat(viewModel.entries()).extracting(AuditRow::id).containsExactly(3L, 2L);
            viewModel.recordTypeProperty().set(null);
            assertThat(viewModel.recordTypeProperty().get()).isEmpty();
            assertThat(viewModel.entries()).hasSize(3);
            viewModel.recordTypeProperty().set("DONOR");
            AuditRow renamed = viewModel.entries().get(0);
            assertThat(viewModel.recordOf(renamed)).isEqualTo("Donateur " + canada.id().value());
            assertThat(viewModel.action(renamed)).isEqualTo("Modifié");
            assertThat(viewModel.changes(renamed)).startsWith("Avant :\n").contains("\nAprès :\n")
                    .contains("Canada – Affaires mondiales");
        }
    }

    @Test
    void theButtonVerifiesWithProgressAndSaysIntactOrWhichEntryBroke() {
        try (TestDatabase database = new TestDatabase(folder)) {
            database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));
            database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
            ScriptedDialogs dialogs = new ScriptedDialogs();
            AuditTrailViewModel viewModel = viewModel(database, Messages.forLanguage("en"), dialogs, folder);
            List<Number> progress = new ArrayList<>();
            viewModel.progressProperty().addListener((observable, old, share) -> progress.add(share));
            assertThat(viewModel.outcomeProperty().get()).isEqualTo(AuditTrailViewModel.Outcome.NOT_VERIFIED);

            viewModel.verify();

            assertThat(viewModel.outcomeProperty().get()).isEqualTo(AuditTrailViewModel.Outcome.INTACT);
            assertThat(viewModel.outcomeTextProperty().get()).startsWith("3 entries verified, chain intact, last hash ")
                    .endsWith("(entry 3).");
            assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
            assertThat(viewModel.verifyingProperty().get()).isFalse();

            database.execute("DELETE FROM audit_entry WHERE id = 2");
            viewModel.verify();

            assertThat(viewModel.outcomeProperty().get()).isEqualTo(AuditTrailViewModel.Outcome.BROKEN);
            assertThat(viewModel.outcomeTextProperty().get()).isEqualTo("The audit trail is broken. Entry 3 follows "
                    + "entry 1: entry 2 was removed.\nThe entry before it is intact.");
            assertThat(dialogs.errors()).isEmpty();
        }
    }
}
