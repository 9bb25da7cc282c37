package org.octopusdesk.ui.conferences;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;

/** The registration form of a participant; it closes only once the participant is saved. */
final class ParticipantEditorDialog extends Dialog<Participant> {

    private final ParticipantEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    ParticipantEditorDialog(ParticipantEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "participant.editor.newTitle" : "participant.editor.editTitle"));
        form.node().setPrefWidth(580);
        addRow("participant.name", text("participant-name", viewModel.nameProperty()), ParticipantDraft.NAME);
        addRow("participant.organisation", text("participant-organisation", viewModel.organisationProperty()),
                ParticipantDraft.ORGANISATION);
        ComboBox<Country> country = Choices.searchable("participant-country", viewModel.countries(),
                one -> one.name(messages.locale()));
        country.valueProperty().bindBidirectional(viewModel.countryProperty());
        addRow("participant.country", country, ParticipantDraft.COUNTRY);
        ComboBox<Sector> sector = new ListOnOpenComboBox<>();
        sector.setId("participant-sector");
        sector.getItems().setAll(Sector.values());
        sector.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        sector.valueProperty().bindBidirectional(viewModel.sectorProperty());
        addRow("participant.sector", sector, ParticipantDraft.SECTOR);
        addRow("participant.role", text("participant-role", viewModel.roleProperty()), ParticipantDraft.ROLE);
        addRow("participant.email", text("participant-email", viewModel.emailProperty()), ParticipantDraft.EMAIL);
        CheckBox funded = new CheckBox(messages.text("participant.funded.box"));
        funded.setId("participant-funded");
        funded.selectedProperty().bindBidirectional(viewModel.fundedProperty());
        addRow("participant.funded", funded, null);
        CheckBox consent = new CheckBox(messages.text("participant.listConsent.box"));
        consent.setId("participant-consent");
        consent.setWrapText(true);
        consent.selectedProperty().bindBidirectional(viewModel.listConsentProperty());
        addRow("participant.listConsent", consent, null);
        DatePicker date = DateFields.create(messages, viewModel.fieldErrors(), ParticipantDraft.CONSENT_DATE);
        date.setId("participant-consent-date");
        date.valueProperty().bindBidirectional(viewModel.consentDateProperty());
        date.disableProperty().bind(viewModel.listConsentProperty().not());
        addRow("participant.consentDate", date, ParticipantDraft.CONSENT_DATE);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("participant-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "participant-save",
                viewModel.savingProperty(), viewModel::save);
    }

    private static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, errorField == null ? null : viewModel.fieldErrors().of(errorField));
    }
}
