package org.octopusdesk.ui.contributions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionId;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.contributions.ContributionDetails;
import org.octopusdesk.service.contributions.ContributionFiles;
import org.octopusdesk.service.contributions.ContributionImportException;
import org.octopusdesk.service.contributions.ContributionImportReport;
import org.octopusdesk.service.contributions.ContributionPage;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.contributions.EarmarkEdition;
import org.octopusdesk.service.contributions.PageStart;
import org.octopusdesk.service.csv.ImportProgress;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.ui.common.ImportLines;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.LatestRequest;

/**
 * The contribution list: filters, sorting and paging all done by the database, so a list over a million payments
 * reads one page at a time; and the selected contribution with its payments and history.
 */
public final class ContributionListViewModel {

    public static final int PAGE_SIZE = 100;

    private final ContributionService service;
    private final ContributionFiles files;
    private final DonorService donors;
    private final ProjectService projects;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;

    private final ObjectProperty<Donor> donorFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Project> projectFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> currencyFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ContributionStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<Donor> donorChoices = FXCollections.observableArrayList();
    private final ObservableList<Project> projectChoices = FXCollections.observableArrayList();
    private final ObservableList<EarmarkEdition> editionChoices = FXCollections.observableArrayList();
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ObservableList<String> currencyChoices = FXCollections.observableArrayList();

    private final ObjectProperty<ContributionQuery.Sort> sort =
            new SimpleObjectProperty<>(ContributionQuery.Sort.AGREEMENT_DATE);
    private final BooleanProperty ascending = new SimpleBooleanProperty(false);
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty transferring = new SimpleBooleanProperty();
    /** How far an import got, from 0 to 1; -1 while that is not known (an export, the start of an import). */
    private final javafx.beans.property.DoubleProperty transferProgress =
            new javafx.beans.property.SimpleDoubleProperty(-1);
    private final ObservableList<Contribution> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Contribution> selected = new SimpleObjectProperty<>();
    private final ObservableList<Payment> payments = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    /** Answers to older requests are dropped: only the latest page or details may land. */
    private long pageRequest;
    private final LatestRequest detailRequest = new LatestRequest();
    private boolean settingFilters;

    public ContributionListViewModel(ContributionService service, ContributionFiles files, DonorService donors,
            ProjectService projects, BackgroundRunner runner, DialogService dialogs, ErrorReporter errors,
            Messages messages) {
        this.service = service;
        this.files = files;
        this.donors = donors;
        this.projects = projects;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        List.of(donorFilter, projectFilter, yearFilter, currencyFilter, statusFilter).forEach(filter ->
                filter.addListener((observable, old, value) -> filtersChanged()));
        selected.addListener((observable, old, contribution) -> loadDetails(contribution));
    }

    private void filtersChanged() {
        if (!settingFilters) {
            loadPage(PageStart.at(0), Optional.empty());
        }
    }

    /** The query the filters and sort describe. */
    public ContributionQuery query() {
        return new ContributionQuery(Optional.ofNullable(donorFilter.get()).map(Donor::id).orElse(null),
                Optional.ofNullable(projectFilter.get()).map(Project::id).orElse(null), yearFilter.get(),
                currencyFilter.get(), statusFilter.get(), sort.get(), ascending.get());
    }

    /** Reads the filters' choices and the current page again, keeping the selection where it still is. */
    public void reload() {
        reload(Optional.ofNullable(selected.get()).map(Contribution::id));
    }

    public void reload(Optional<ContributionId> select) {
        runner.run(() -> new Choices(donors.list(), projects.list(), service.years(), service.currencies(),
                service.earmarkEditions()),
                choices -> {
                    settingFilters = true;
                    donorChoices.setAll(choices.donors());
                    projectChoices.setAll(choices.projects());
                    editionChoices.setAll(choices.editions());
                    yearChoices.setAll(choices.years());
                    currencyChoices.setAll(choices.currencies());
                    settingFilters = false;
                }, errors::report);
        // By position, so that the person stays on their page after an edit, with its number right.
        loadPage(PageStart.at(offset.get()), select);
    }

    private record Choices(List<Donor> donors, List<Project> projects, List<Integer> years, List<String> currencies,
            List<EarmarkEdition> editions) {
    }

    private void loadPage(PageStart start, Optional<ContributionId> select) {
        long request = ++pageRequest;
        ContributionQuery query = query();
        loading.set(true);
        runner.run(() -> service.page(query, start, PAGE_SIZE), page -> {
            if (request != pageRequest) {
                return;
            }
            loading.set(false);
            show(page, select);
        }, failure -> {
            loading.set(false);
            errors.report(failure);
        });
    }

    private void show(ContributionPage page, Optional<ContributionId> select) {
        offset.set(page.offset());
        total.set(page.total());
        rows.setAll(page.rows());
        pageText.set(page.total() == 0 ? messages.text("contribution.page.none")
                : messages.text("contribution.page", pageNumber(), pages(), page.offset() + 1,
                        page.offset() + page.rows().size(), page.total()));
        Optional<ContributionId> keep = select.isPresent() ? select
                : Optional.ofNullable(selected.get()).map(Contribution::id);
        selected.set(keep.flatMap(id -> rows.stream().filter(row -> row.id().equals(id)).findFirst()).orElse(null));
    }

    private void loadDetails(Contribution contribution) {
        payments.clear();
        history.clear();
        if (contribution == null) {
            detailRequest.supersede();
            return;
        }
        detailRequest.run(runner, () -> new Loaded(service.details(contribution.id()),
                service.history(contribution.id())), loaded -> {
                    payments.setAll(loaded.details().payments());
                    history.setAll(loaded.history());
                }, errors::report);
    }

    private record Loaded(ContributionDetails details, List<AuditEntry> history) {
    }

    public void sortBy(ContributionQuery.Sort by, boolean isAscending) {
        if (by == sort.get() && isAscending == ascending.get()) {
            return;
        }
        sort.set(by);
        ascending.set(isAscending);
        loadPage(PageStart.at(0), Optional.empty());
    }

    public void firstPage() {
        goTo(0);
    }

    /** Continues from the first row shown, so a page deep in the list comes as fast as the first (0032). */
    public void previousPage() {
        if (hasPrevious() && !rows.isEmpty()) {
            loadPage(PageStart.before(rows.get(0), Math.max(0, offset.get() - PAGE_SIZE), total.get()),
                    Optional.empty());
        }
    }

    /** Continues from the last row shown (0032). */
    public void nextPage() {
        if (hasNext() && !rows.isEmpty()) {
            loadPage(PageStart.after(rows.get(rows.size() - 1), offset.get() + PAGE_SIZE, total.get()),
                    Optional.empty());
        }
    }

    public void lastPage() {
        goTo((pages() - 1) * PAGE_SIZE);
    }

    /**
     * Goes to the page whose number a person typed (1 for the first), bounded by the first and the last page;
     * answers {@code false}, going nowhere, when the text is not a number. Group separators are allowed.
     */
    public boolean goToPage(String typed) {
        String digits = typed == null ? "" : typed.strip().replaceAll("[\\s\u00a0\u202f,.']", "");
        if (!digits.matches("\\d{1,9}")) {
            return false;
        }
        goTo((int) Math.min(Integer.parseInt(digits) - 1L, pages()) * PAGE_SIZE);
        return true;
    }

    private void goTo(int start) {
        int bounded = Math.max(0, Math.min(start, (pages() - 1) * PAGE_SIZE));
        if (bounded != offset.get()) {
            loadPage(PageStart.at(bounded), Optional.empty());
        }
    }

    /** The number of the page shown, from 1. */
    public int pageNumber() {
        return offset.get() / PAGE_SIZE + 1;
    }

    /** How many pages the list has; one when it is empty. */
    public int pages() {
        return (int) Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return offset.get() > 0;
    }

    public boolean hasNext() {
        return offset.get() + PAGE_SIZE < total.get();
    }

    public void clearFilters() {
        settingFilters = true;
        donorFilter.set(null);
        projectFilter.set(null);
        yearFilter.set(null);
        currencyFilter.set(null);
        statusFilter.set(null);
        settingFilters = false;
        filtersChanged();
    }

    /** Asks, then deletes the selected pledge (only one without payments can be deleted). */
    public void deleteSelected() {
        Contribution contribution = selected.get();
        if (contribution == null || !dialogs.confirm(messages.text("contribution.delete.title"),
                messages.text("contribution.delete.question", contribution.reference(), contribution.donorName()),
                messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.delete(contribution.id(), contribution.version());
            return contribution;
        }, deleted -> reload(Optional.empty()), failure -> {
            errors.report(failure);
            reload();
        });
    }

    /** Asks, then removes a payment entered by mistake; the audit trail keeps it. */
    public void removePayment(Payment payment) {
        Contribution contribution = selected.get();
        if (contribution == null || payment == null || !dialogs.confirm(messages.text("payment.remove.title"),
                messages.text("payment.remove.question", messages.money(payment.amount()),
                        payment.valueDate(), contribution.reference()), messages.text("payment.remove"))) {
            return;
        }
        runner.run(() -> service.removePayment(contribution.id(), contribution.version(), payment.id()),
                updated -> reload(Optional.of(updated.id())), failure -> {
                    errors.report(failure);
                    reload();
                });
    }

    /** Writes the filtered list, in the import format, to {@code file}. */
    public void exportTo(Path file) {
        ContributionQuery query = query();
        transferring.set(true);
        runner.run(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return files.export(query, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, count -> {
            transferring.set(false);
            dialogs.showInformation(messages.text("contribution.export.title"),
                    messages.text("contribution.export.done", count, file.toString()));
        }, failure -> {
            transferring.set(false);
            errors.report(failure);
        });
    }

    /** Imports a file: all of it, or nothing and every bad line listed; overpayments are confirmed first. */
    public void importFrom(Path file) {
        importFrom(file, false);
    }

    private void importFrom(Path file, boolean confirmed) {
        transferring.set(true);
        transferProgress.set(-1);
        runner.runWithProgress(progress -> files.importFile(file, confirmed, ImportProgress.asShare(progress)),
                transferProgress::set, report -> {
                    transferring.set(false);
                    dialogs.showInformation(messages.text("contribution.import.title"), messages.text(
                            report.summaryKey(), report.pledges(), report.allocations(), report.payments()));
                    reload(Optional.empty());
                }, failure -> {
                    transferring.set(false);
                    if (failure instanceof ContributionImportException refused) {
                        handleRefusal(file, refused.report(), refused);
                    } else {
                        errors.report(failure);
                    }
                });
    }

    private void handleRefusal(Path file, ContributionImportReport report, ContributionImportException refused) {
        List<String> lines = ImportLines.of(messages, report.errors().isEmpty() ? report.warnings() : report.errors());
        if (refused.onlyWarnings()) {
            if (dialogs.confirm(messages.text("contribution.import.title"), messages.message(refused) + "\n\n"
                    + String.join("\n", lines), messages.text("contribution.import.confirm"))) {
                importFrom(file, true);
            }
        } else {
            dialogs.showList(messages.text("contribution.import.title"), messages.message(refused), lines);
        }
    }

    public ObjectProperty<Donor> donorFilterProperty() {
        return donorFilter;
    }

    public ObjectProperty<Project> projectFilterProperty() {
        return projectFilter;
    }

    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public ObjectProperty<String> currencyFilterProperty() {
        return currencyFilter;
    }

    public ObjectProperty<ContributionStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<Donor> donorChoices() {
        return donorChoices;
    }

    public ObservableList<Project> projectChoices() {
        return projectChoices;
    }

    /** The conference editions an earmark can name, read with the filters' choices. */
    public ObservableList<EarmarkEdition> editionChoices() {
        return editionChoices;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ObservableList<String> currencyChoices() {
        return currencyChoices;
    }

    public ObservableList<Contribution> rows() {
        return rows;
    }

    public ObjectProperty<Contribution> selectedProperty() {
        return selected;
    }

    public ObservableList<Payment> payments() {
        return payments;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }

    public StringProperty pageTextProperty() {
        return pageText;
    }

    public IntegerProperty offsetProperty() {
        return offset;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public javafx.beans.property.ReadOnlyDoubleProperty transferProgressProperty() {
        return transferProgress;
    }

    public BooleanProperty transferringProperty() {
        return transferring;
    }

    public ObjectProperty<ContributionQuery.Sort> sortProperty() {
        return sort;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }
}
