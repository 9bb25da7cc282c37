package org.octopusdesk.ui.meetings;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.meeting.Delegate;
import org.octopusdesk.domain.meeting.Delegation;
import org.octopusdesk.domain.meeting.DelegationDraft;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.CountryService;
import org.octopusdesk.service.meetings.AttendanceService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The form of a delegation: a country (showing its T-CY status on the meeting's start date) or an organisation, the
 * number of persons, and optionally their names and roles.
 */
public final class DelegationEditorViewModel {

    private final AttendanceService service;
    private final CountryService countryService;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Meeting meeting;
    private final Delegation original;
    private final ObservableList<Country> countries = FXCollections.observableArrayList();
    private final BooleanProperty byCountry = new SimpleBooleanProperty(true);
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>();
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty persons = new SimpleStringProperty("");
    private final StringProperty delegates = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the delegation to edit, or {@code null} for a new one at {@code meeting} */
    public DelegationEditorViewModel(AttendanceService service, CountryService countryService,
            BackgroundRunner runner, ErrorReporter errors, Messages messages, Meeting meeting, Delegation original) {
        this.service = service;
        this.countryService = countryService;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.meeting = meeting;
        this.original = original;
        Collator collator = Collator.getInstance(messages.locale());
        countries.setAll(countryService.all().stream()
                .sorted(Comparator.comparing((Country one) -> one.name(messages.locale()), collator)).toList());
        this.fieldErrors = new FieldErrors(messages, DelegationDraft.COUNTRY, DelegationDraft.ORGANISATION,
                DelegationDraft.PERSONS, DelegationDraft.DELEGATES);
        this.saving = new FormSave(runner, errors, fieldErrors, DelegationDraft.COUNTRY);
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(DelegationDraft.COUNTRY, byCountry, country);
        fieldErrors.watch(DelegationDraft.ORGANISATION, byCountry, organisation);
        fieldErrors.watch(DelegationDraft.PERSONS, persons, delegates);
        fieldErrors.watch(DelegationDraft.DELEGATES, delegates);
        country.addListener((observable, old, picked) -> showStatus(picked));
        if (original != null) {
            byCountry.set(original.isCountry());
            country.set(original.isCountry() ? countryService.find(original.countryCode()).orElse(null) : null);
            organisation.set(original.isCountry() ? "" : original.organisation());
            persons.set(Integer.toString(original.persons()));
            delegates.set(Delegate.toLines(original.delegates()));
        }
    }

    /** "T-CY status on 30/11/2020: Party", read for the country picked. */
    private void showStatus(Country picked) {
        status.set("");
        if (picked == null) {
            return;
        }
        runner.run(() -> countryService.tcyStatusOn(picked.code(), meeting.start()), found -> {
            if (picked.equals(country.get())) {
                status.set(messages.text("delegation.statusOn", messages.date(meeting.start()),
                        messages.text(found.messageKey())));
            }
        }, errors::report);
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<Delegation> onSaved) {
        if (fieldErrors.show(problems(), DelegationDraft.COUNTRY)) {
            DelegationDraft draft = draft();
            saving.run(() -> original == null ? service.add(meeting.id(), draft)
                    : service.update(original.id(), draft), onSaved);
        }
    }

    private List<FieldError> problems() {
        return draft().validate();
    }

    private DelegationDraft draft() {
        String text = persons.get().strip();
        // Text that is no number is refused beside the field; the draft then holds an out-of-range number.
        Integer number = text.isEmpty() ? null : text.matches("\\d{1,4}") ? Integer.valueOf(text) : -1;
        return new DelegationDraft(byCountry.get() && country.get() != null ? country.get().code() : null,
                byCountry.get() ? null : organisation.get(), number, Delegate.parseLines(delegates.get()));
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    public BooleanProperty byCountryProperty() {
        return byCountry;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty personsProperty() {
        return persons;
    }

    /** One person a line, "name, role". */
    public StringProperty delegatesProperty() {
        return delegates;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
