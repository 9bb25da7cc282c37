package org.octopusdesk.ui.countries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.TreatyService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The form that records a country's T-CY status from a date on (observer, ad hoc observer, invited to accede, or
 * none). Party is not offered: it follows from the deposit of ETS 185 (decision 0019).
 */
public final class TcyStatusEditorViewModel {

    /** The statuses a person records; Party is derived. */
    public static final List<TcyStatus> RECORDABLE = List.of(TcyStatus.OBSERVER, TcyStatus.AD_HOC_OBSERVER,
            TcyStatus.INVITED, TcyStatus.NONE);

    private final TreatyService service;
    private final Country country;
    private final ObjectProperty<TcyStatus> status = new SimpleObjectProperty<>(TcyStatus.OBSERVER);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    public TcyStatusEditorViewModel(TreatyService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Country country) {
        this.service = service;
        this.country = country;
        this.fieldErrors = new FieldErrors(messages, TcyStatusEntry.STATUS, TcyStatusEntry.VALID_FROM,
                TcyStatusEntry.NOTE);
        this.saving = new FormSave(runner, errors, fieldErrors, TcyStatusEntry.VALID_FROM);
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(TcyStatusEntry.STATUS, status);
        fieldErrors.watch(TcyStatusEntry.VALID_FROM, from);
        fieldErrors.watch(TcyStatusEntry.NOTE, note);
    }

    public Country country() {
        return country;
    }

    public void save(Consumer<TcyStatusEntry> onSaved) {
        TcyStatusEntry entry = entry();
        if (fieldErrors.show(problems(), TcyStatusEntry.VALID_FROM)) {
            saving.run(() -> {
                service.recordStatus(entry);
                return entry;
            }, onSaved);
        }
    }

    /** What the form can tell before asking the service, which checks the same again. */
    private List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (status.get() == null) {
            problems.add(FieldError.of(TcyStatusEntry.STATUS, "validation.required"));
        }
        if (from.get() == null) {
            problems.add(FieldError.of(TcyStatusEntry.VALID_FROM, "validation.required"));
        }
        if (note.get().strip().length() > TcyStatusEntry.NOTE_MAX) {
            problems.add(FieldError.of(TcyStatusEntry.NOTE, "validation.tooLong", TcyStatusEntry.NOTE_MAX));
        }
        return problems;
    }

    private TcyStatusEntry entry() {
        return new TcyStatusEntry(country.code(), status.get(), from.get(), note.get());
    }

    public ObjectProperty<TcyStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
