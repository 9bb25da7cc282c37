package org.octopusdesk.ui.contributions;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** Cancelling what is still expected of a pledge: a date and the reason, both kept with it. */
public final class CancelPledgeViewModel {

    static final String DATE = "cancelledOn";
    static final String REASON = "reason";

    private final ContributionService service;
    private final Contribution contribution;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final FormSave saving;
    private final FieldErrors fieldErrors;

    public CancelPledgeViewModel(ContributionService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Contribution contribution, LocalDate today) {
        this.service = service;
        this.contribution = contribution;
        this.fieldErrors = new FieldErrors(messages, DATE, REASON);
        this.saving = new FormSave(runner, errors, fieldErrors, REASON);
        date.set(today);
        // The rules of a cancellation are the service's: edits clear its refusal, and a date typed wrong stops Save.
        fieldErrors.watch(DATE, date);
        fieldErrors.watch(REASON, reason);
    }

    public Contribution contribution() {
        return contribution;
    }

    public void save(Consumer<Contribution> onSaved) {
        if (!fieldErrors.show(List.of(), REASON)) {
            return;
        }
        saving.run(() -> service.cancel(contribution.id(), contribution.version(), date.get(), reason.get()),
                onSaved);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
