package org.octopusdesk.ui.conferences;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.ParticipantService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The registration form of a participant; ticking the consent dates it today until another day is chosen. */
public final class ParticipantEditorViewModel {

    private final ParticipantService service;
    private final Conference conference;
    private final Participant original;
    private final LocalDate today;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>();
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final StringProperty role = new SimpleStringProperty("");
    private final BooleanProperty funded = new SimpleBooleanProperty();
    private final StringProperty email = new SimpleStringProperty("");
    private final BooleanProperty listConsent = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    private final ObservableList<Country> countries = FXCollections.observableArrayList();
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the participant to edit, or {@code null} for a new registration */
    public ParticipantEditorViewModel(ParticipantService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Conference conference, Participant original) {
        this.service = service;
        this.conference = conference;
        this.original = original;
        this.today = service.today();
        this.fieldErrors = new FieldErrors(messages, ParticipantDraft.NAME, ParticipantDraft.ORGANISATION,
                ParticipantDraft.COUNTRY, ParticipantDraft.SECTOR, ParticipantDraft.ROLE, ParticipantDraft.EMAIL,
                ParticipantDraft.CONSENT_DATE);
        this.saving = new FormSave(runner, errors, fieldErrors, ParticipantDraft.NAME);
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(ParticipantDraft.NAME, name);
        fieldErrors.watch(ParticipantDraft.ORGANISATION, organisation);
        fieldErrors.watch(ParticipantDraft.COUNTRY, country);
        fieldErrors.watch(ParticipantDraft.SECTOR, sector);
        fieldErrors.watch(ParticipantDraft.ROLE, role);
        fieldErrors.watch(ParticipantDraft.EMAIL, email);
        fieldErrors.watch(ParticipantDraft.CONSENT_DATE, listConsent, consentDate);
        countries.setAll(service.countries());
        if (original != null) {
            name.set(original.name());
            organisation.set(original.organisation());
            country.set(service.country(original.country()).orElse(null));
            sector.set(original.sector());
            role.set(original.role());
            funded.set(original.funded());
            email.set(original.email());
            listConsent.set(original.listConsent());
            consentDate.set(original.consentDate());
        }
        listConsent.addListener((observable, old, given) -> {
            if (given && consentDate.get() == null) {
                consentDate.set(today);
            }
        });
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<Participant> onSaved) {
        if (fieldErrors.show(problems(), ParticipantDraft.NAME)) {
            ParticipantDraft draft = draft();
            saving.run(() -> original == null ? service.register(conference.id(), draft)
                    : service.update(original.id(), original.version(), draft), onSaved);
        }
    }

    private List<FieldError> problems() {
        return draft().validate(today);
    }

    private ParticipantDraft draft() {
        return new ParticipantDraft(name.get(), organisation.get(), country.get() == null ? "" : country.get().code(),
                sector.get(), role.get(), funded.get(), email.get(), listConsent.get(), consentDate.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public BooleanProperty fundedProperty() {
        return funded;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public BooleanProperty listConsentProperty() {
        return listConsent;
    }

    public ObjectProperty<LocalDate> consentDateProperty() {
        return consentDate;
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
