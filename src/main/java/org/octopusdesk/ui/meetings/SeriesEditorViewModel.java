package org.octopusdesk.ui.meetings;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.domain.meeting.MeetingSeriesDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.MeetingService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form of a new meeting series. */
public final class SeriesEditorViewModel {

    private final MeetingService service;
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty nameFr = new SimpleStringProperty("");
    private final BooleanProperty feminineFr = new SimpleBooleanProperty(true);
    private final StringProperty shortName = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    public SeriesEditorViewModel(MeetingService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages) {
        this.service = service;
        this.fieldErrors = new FieldErrors(messages, MeetingSeriesDraft.NAME_EN, MeetingSeriesDraft.NAME_FR,
                MeetingSeriesDraft.SHORT_NAME);
        this.saving = new FormSave(runner, errors, fieldErrors, MeetingSeriesDraft.NAME_EN);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(MeetingSeriesDraft.NAME_EN, nameEn);
        fieldErrors.watch(MeetingSeriesDraft.NAME_FR, nameFr);
        fieldErrors.watch(MeetingSeriesDraft.SHORT_NAME, shortName);
    }

    public void save(Consumer<MeetingSeries> onSaved) {
        MeetingSeriesDraft draft = draft();
        if (fieldErrors.show(draft.validate(), MeetingSeriesDraft.NAME_EN)) {
            saving.run(() -> service.addSeries(draft), onSaved);
        }
    }

    private MeetingSeriesDraft draft() {
        return new MeetingSeriesDraft(nameEn.get(), nameFr.get(), feminineFr.get(), shortName.get());
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty nameFrProperty() {
        return nameFr;
    }

    public BooleanProperty feminineFrProperty() {
        return feminineFr;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
