package org.octopusdesk.ui.meetings;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.meeting.Delegation;
import org.octopusdesk.domain.meeting.DelegationDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/**
 * The form of a delegation. The names and roles are personal data: the form says why they are kept and for how long.
 */
final class DelegationDialog extends Dialog<Delegation> {

    DelegationDialog(DelegationEditorViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "delegation.editor.newTitle" : "delegation.editor.editTitle"));
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(620);
        ToggleGroup who = new ToggleGroup();
        RadioButton country = new RadioButton(messages.text("delegation.byCountry"));
        country.setId("delegation-by-country");
        country.setToggleGroup(who);
        RadioButton organisation = new RadioButton(messages.text("delegation.byOrganisation"));
        organisation.setId("delegation-by-organisation");
        organisation.setToggleGroup(who);
        (viewModel.byCountryProperty().get() ? country : organisation).setSelected(true);
        country.selectedProperty().addListener((observable, old, value) -> viewModel.byCountryProperty().set(value));
        form.addBelow(new HBox(12, country, organisation));

        SearchableComboBox<Country> countryBox = Choices.searchable("delegation-country", viewModel.countries(),
                one -> one.name(messages.locale()));
        countryBox.valueProperty().bindBidirectional(viewModel.countryProperty());
        countryBox.disableProperty().bind(viewModel.byCountryProperty().not());
        form.add(messages.text("delegation.country"), countryBox,
                viewModel.fieldErrors().of(DelegationDraft.COUNTRY));
        Label status = new Label();
        status.setId("delegation-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(viewModel.statusProperty());
        form.addBelow(status);
        TextField organisationName = new TextField();
        organisationName.setId("delegation-organisation");
        organisationName.textProperty().bindBidirectional(viewModel.organisationProperty());
        organisationName.disableProperty().bind(viewModel.byCountryProperty());
        form.add(messages.text("delegation.organisation"), organisationName,
                viewModel.fieldErrors().of(DelegationDraft.ORGANISATION));
        TextField persons = new TextField();
        persons.setId("delegation-persons");
        persons.setPrefColumnCount(5);
        persons.textProperty().bindBidirectional(viewModel.personsProperty());
        form.add(messages.text("delegation.persons"), persons, viewModel.fieldErrors().of(DelegationDraft.PERSONS));
        TextArea delegates = TextAreas.tabMovesFocus(new TextArea());
        delegates.setId("delegation-delegates");
        delegates.setPrefRowCount(4);
        delegates.setPromptText(messages.text("delegation.delegates.prompt"));
        delegates.textProperty().bindBidirectional(viewModel.delegatesProperty());
        form.add(messages.text("delegation.delegates"), delegates,
                viewModel.fieldErrors().of(DelegationDraft.DELEGATES));
        Label privacy = new Label(messages.text("delegation.delegates.why"));
        privacy.setId("delegation-privacy");
        privacy.getStyleClass().add("text-muted");
        privacy.setWrapText(true);
        form.addBelow(privacy);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("delegation-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "delegation-save",
                viewModel.savingProperty(), viewModel::save);
    }
}
