package org.octopusdesk.ui.meetings;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.domain.meeting.BureauMemberDraft;
import org.octopusdesk.domain.meeting.BureauRole;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of a Bureau seat; it closes only once the seat is saved. */
final class BureauEditorDialog extends Dialog<BureauMember> {

    private final BureauEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    BureauEditorDialog(BureauEditorViewModel viewModel, List<Country> countries, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "bureau.editor.newTitle" : "bureau.editor.editTitle"));
        form.node().setPrefWidth(560);
        ComboBox<BureauRole> role = ListOnOpenComboBox.of(BureauRole.values());
        role.setId("bureau-role");
        role.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        addRow("bureau.role", role, BureauMemberDraft.ROLE);
        TextField person = new TextField();
        person.setId("bureau-person");
        person.textProperty().bindBidirectional(viewModel.personProperty());
        addRow("bureau.person", person, BureauMemberDraft.PERSON);
        Label why = new Label(messages.text("bureau.person.why"));
        why.getStyleClass().add("text-muted");
        why.setWrapText(true);
        form.addBelow(why);
        Collator collator = Collator.getInstance(messages.locale());
        SearchableComboBox<Country> country = Choices.searchable("bureau-country",
                FXCollections.observableArrayList(countries.stream().sorted(Comparator.comparing(
                        (Country value) -> value.name(messages.locale()), collator)).toList()),
                value -> value.name(messages.locale()) + " (" + value.code() + ")");
        country.valueProperty().bindBidirectional(viewModel.countryProperty());
        addRow("bureau.country", country, BureauMemberDraft.COUNTRY);
        DatePicker from = DateFields.create(messages, viewModel.fieldErrors(), BureauMemberDraft.FROM);
        from.setId("bureau-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        addRow("bureau.from", from, BureauMemberDraft.FROM);
        DatePicker to = DateFields.create(messages, viewModel.fieldErrors(), BureauMemberDraft.TO);
        to.setId("bureau-to");
        to.setPromptText(messages.text("bureau.to.prompt"));
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        addRow("bureau.to", to, BureauMemberDraft.TO);
        TextArea note = TextAreas.tabMovesFocus(new TextArea());
        note.setId("bureau-note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText(messages.text("bureau.note.prompt"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        addRow("bureau.note", note, BureauMemberDraft.NOTE);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("bureau-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "bureau-save", viewModel.savingProperty(),
                viewModel::save);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}
