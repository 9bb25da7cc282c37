package org.octopusdesk.ui.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.contributions.EarmarkEdition;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;
import org.octopusdesk.ui.common.TypedNumbers;

/** The form of a pledge and its earmarks; messages appear beside the fields and the form keeps what was typed. */
public final class ContributionEditorViewModel {

    private final ContributionService service;
    private final Messages messages;
    private final Contribution original;
    private final ObservableList<Donor> donorChoices = FXCollections.observableArrayList();
    private final ObservableList<Project> projectChoices = FXCollections.observableArrayList();
    private final ObservableList<EarmarkTarget> targetChoices = FXCollections.observableArrayList();
    private final ObservableList<String> currencyChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Donor> donor = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> agreementDate = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty(CURRENCY_DEFAULT);
    private final StringProperty intermediary = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    /** Told of every edit inside a line too, so that an earmark's message goes once it is right. */
    private final ObservableList<AllocationRow> allocations = FXCollections.observableArrayList(row ->
            new javafx.beans.Observable[] {row.projectProperty(), row.editionProperty(), row.basisProperty(),
                row.valueProperty(), row.noteProperty()});
    private final FormSave saving;
    private final FieldErrors fieldErrors;

    private static final String CURRENCY_DEFAULT = "EUR";

    /**
     * @param original the contribution to edit, or {@code null} for a new pledge
     * @param donors the donors to choose from
     * @param projects the projects a pledge can be earmarked to
     */
    public ContributionEditorViewModel(ContributionService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Contribution original, List<Donor> donors, List<Project> projects) {
        this(service, runner, errors, messages, original, donors, projects, List.of());
    }

    /** @param editions the conference editions an earmark can name, each listed under its project */
    public ContributionEditorViewModel(ContributionService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Contribution original, List<Donor> donors, List<Project> projects,
            List<EarmarkEdition> editions) {
        this.service = service;
        this.messages = messages;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, ContributionDraft.DONOR, ContributionDraft.REFERENCE,
                ContributionDraft.AGREEMENT_DATE, ContributionDraft.AMOUNT, ContributionDraft.CURRENCY,
                ContributionDraft.INTERMEDIARY, ContributionDraft.NOTES, ContributionDraft.ALLOCATIONS);
        this.saving = new FormSave(runner, errors, fieldErrors, ContributionDraft.DONOR);
        donorChoices.setAll(donors);
        projectChoices.setAll(projects);
        for (Project project : projects) {
            targetChoices.add(new EarmarkTarget(project, null));
            editions.stream().filter(edition -> edition.project().equals(project.id()))
                    .forEach(edition -> targetChoices.add(new EarmarkTarget(project, edition)));
        }
        currencyChoices.setAll(service.currentCurrencyCodes());
        if (original != null) {
            donor.set(donors.stream().filter(each -> each.id().equals(original.donorId())).findFirst().orElse(null));
            reference.set(original.reference());
            agreementDate.set(original.agreementDate());
            amount.set(messages.number(original.pledged().amount()));
            currency.set(original.pledged().currency());
            intermediary.set(original.intermediary());
            notes.set(original.notes());
            original.allocations().forEach(allocation -> allocations.add(row(allocation, projects, editions)));
        }
        fieldErrors.checkWith(() -> {
            List<FieldError> problems = new ArrayList<>();
            draft(problems);
            return problems;
        });
        fieldErrors.watch(ContributionDraft.DONOR, donor);
        fieldErrors.watch(ContributionDraft.REFERENCE, reference);
        fieldErrors.watch(ContributionDraft.AGREEMENT_DATE, agreementDate);
        fieldErrors.watch(ContributionDraft.AMOUNT, amount, currency);
        fieldErrors.watch(ContributionDraft.CURRENCY, currency);
        fieldErrors.watch(ContributionDraft.INTERMEDIARY, intermediary);
        fieldErrors.watch(ContributionDraft.NOTES, notes);
        fieldErrors.watch(ContributionDraft.ALLOCATIONS, allocations, amount, currency);
    }

    private AllocationRow row(Allocation allocation, List<Project> projects, List<EarmarkEdition> editions) {
        AllocationRow row = new AllocationRow();
        row.projectProperty().set(projects.stream().filter(project -> project.id().equals(allocation.projectId()))
                .findFirst().orElse(null));
        row.editionProperty().set(editions.stream().filter(edition -> edition.id().equals(allocation.edition()))
                .findFirst().orElse(null));
        row.basisProperty().set(allocation.basis());
        BigDecimal value = allocation.basis() == AllocationBasis.AMOUNT ? allocation.amount()
                : allocation.sharePercent();
        row.valueProperty().set(value == null ? "" : messages.number(value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros()));
        row.noteProperty().set(allocation.note());
        return row;
    }

    public boolean isNew() {
        return original == null;
    }

    /**
     * Starts a new pledge agreed today, and the donor's when the list was narrowed to one ("Open in Contributions"
     * from a donor's page): the person came to log that donor's pledge.
     */
    public void proposeNew(LocalDate today, Optional<Donor> shown) {
        agreementDate.set(today);
        shown.filter(donorChoices::contains).ifPresent(donor::set);
    }

    /** Adds an empty earmark line; the first one takes the whole pledge. */
    public AllocationRow addAllocation() {
        AllocationRow row = new AllocationRow();
        if (allocations.isEmpty()) {
            row.valueProperty().set("100");
        }
        allocations.add(row);
        return row;
    }

    public void removeAllocation(AllocationRow row) {
        allocations.remove(row);
    }

    public void save(Consumer<Contribution> onSaved) {
        List<FieldError> problems = new ArrayList<>();
        ContributionDraft draft = draft(problems);
        if (fieldErrors.show(problems, ContributionDraft.DONOR)) {
            saving.run(() -> original == null ? service.create(draft)
                    : service.update(original.id(), original.version(), draft), onSaved);
        }
    }

    /** The pledge as typed, with what is wrong with it in {@code problems}. */
    private ContributionDraft draft(List<FieldError> problems) {
        BigDecimal pledged = TypedNumbers.read(messages, amount.get(), ContributionDraft.AMOUNT, problems);
        List<AllocationDraft> drafts = new ArrayList<>();
        for (AllocationRow row : allocations) {
            BigDecimal value = null;
            if (row.basisProperty().get() != AllocationBasis.UNDISCLOSED && !row.valueProperty().get().isBlank()) {
                Optional<BigDecimal> parsed = messages.parseDecimal(row.valueProperty().get());
                if (parsed.isEmpty()) {
                    problems.add(FieldError.of(ContributionDraft.ALLOCATIONS, "validation.allocation.notNumber",
                            allocations.indexOf(row) + 1));
                }
                value = parsed.orElse(null);
            }
            drafts.add(new AllocationDraft(Optional.ofNullable(row.projectProperty().get()).map(Project::id)
                    .orElse(null), Optional.ofNullable(row.editionProperty().get()).map(EarmarkEdition::id)
                    .orElse(null), row.basisProperty().get(), value, row.noteProperty().get()));
        }
        ContributionDraft draft = new ContributionDraft(Optional.ofNullable(donor.get()).map(Donor::id).orElse(null),
                reference.get(), agreementDate.get(), pledged, currency.get(), intermediary.get(), notes.get(), drafts);
        TypedNumbers.addRules(problems, draft.validate(service::findCurrency));
        return draft;
    }

    public ObservableList<Donor> donorChoices() {
        return donorChoices;
    }

    public ObservableList<Project> projectChoices() {
        return projectChoices;
    }

    /** The projects, each followed by its conference editions, for an earmark line. */
    public ObservableList<EarmarkTarget> targetChoices() {
        return targetChoices;
    }

    public ObservableList<String> currencyChoices() {
        return currencyChoices;
    }

    public ObjectProperty<Donor> donorProperty() {
        return donor;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ObjectProperty<LocalDate> agreementDateProperty() {
        return agreementDate;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty intermediaryProperty() {
        return intermediary;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<AllocationRow> allocations() {
        return allocations;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
