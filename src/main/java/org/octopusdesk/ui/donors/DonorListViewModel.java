package org.octopusdesk.ui.donors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.contributions.DonorTotals;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The donor list: every donor, filtered as the person types, and the selected one. */
public final class DonorListViewModel {

    private final DonorService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<Donor> donors = FXCollections.observableArrayList();
    private final FilteredList<Donor> visible = new FilteredList<>(donors);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Donor> selected = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final ContributionService contributions;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<DonorTotals> totals = new SimpleObjectProperty<>();
    private final ObservableList<Contribution> donorContributions = FXCollections.observableArrayList();

    /** How many of a donor's contributions its page lists; the Contributions area pages through any number. */
    public static final int CONTRIBUTIONS_SHOWN = 200;

    public DonorListViewModel(DonorService service, ContributionService contributions, BackgroundRunner runner,
            DialogService dialogs, ErrorReporter errors, Messages messages, Supplier<LocalDate> today) {
        this.service = service;
        this.contributions = contributions;
        this.today = today;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        filter.addListener((observable, old, text) -> visible.setPredicate(donor -> matches(donor, text)));
        selected.addListener((observable, old, donor) -> loadHistory(donor));
    }

    /**
     * The audit trail, totals and contributions of the selected donor; answers that arrive after another selection
     * are dropped.
     */
    private void loadHistory(Donor donor) {
        history.clear();
        totals.set(null);
        donorContributions.clear();
        if (donor != null) {
            LocalDate asOf = today.get();
            runner.run(() -> new Page(service.history(donor.id()), contributions.donorTotals(donor.id(), asOf),
                    contributions.page(ContributionQuery.all().withDonor(donor.id()), 0, CONTRIBUTIONS_SHOWN)
                            .rows()), page -> {
                                if (donor.equals(selected.get())) {
                                    history.setAll(page.history());
                                    donorContributions.setAll(page.contributions());
                                    totals.set(page.totals());
                                }
                            }, errors::report);
        }
    }

    private record Page(List<AuditEntry> history, DonorTotals totals, List<Contribution> contributions) {
    }

    /** The selected donor's totals; {@code null} while they load. */
    public ObjectProperty<DonorTotals> totalsProperty() {
        return totals;
    }

    /** The selected donor's contributions, newest first. */
    public ObservableList<Contribution> contributions() {
        return donorContributions;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }

    public void reload() {
        reload(Optional.ofNullable(selected.get()).map(Donor::id));
    }

    /**
     * Reads the donors again and selects {@code select} when it is still there, with its page read again too: its
     * totals and contributions change with the pledges and payments recorded elsewhere, while the donor itself, equal
     * to the one selected, would not tell the selection it changed.
     */
    public void reload(Optional<DonorId> select) {
        runner.run(service::list, loaded -> {
            donors.setAll(loaded);
            Donor before = selected.get();
            Donor found = select.flatMap(id -> visible.stream().filter(donor -> donor.id().equals(id)).findFirst())
                    .orElse(null);
            selected.set(found);
            if (found != null && found.equals(before)) {
                loadHistory(found);
            }
        }, errors::report);
    }

    private boolean matches(Donor donor, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return donor.name().toLowerCase(Locale.ROOT).contains(needle)
                || donor.country().toLowerCase(Locale.ROOT).contains(needle)
                || messages.text(donor.kind().messageKey()).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Asks, then deletes the selected donor. */
    public void deleteSelected() {
        Donor donor = selected.get();
        if (donor == null || !dialogs.confirm(messages.text("donor.delete.title"),
                messages.text("donor.delete.question", donor.name()), messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.delete(donor.id(), donor.version());
            return donor;
        }, deleted -> reload(Optional.empty()), failure -> {
            errors.report(failure);
            reload();
        });
    }

    public ObservableList<Donor> visibleDonors() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Donor> selectedProperty() {
        return selected;
    }
}
