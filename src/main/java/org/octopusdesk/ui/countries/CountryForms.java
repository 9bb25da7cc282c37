package org.octopusdesk.ui.countries;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.TreatyService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The forms of a country's page: its T-CY status from a date, and its line in an instrument's chart. */
public final class CountryForms {

    private final TreatyService treaties;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Window owner;

    public CountryForms(TreatyService treaties, BackgroundRunner runner, ErrorReporter errors, Messages messages,
            Window owner) {
        this.treaties = treaties;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
    }

    /** Opens the form of a T-CY status for {@code country}; {@code onSaved} runs once it is recorded. */
    public void recordStatus(Country country, Runnable onSaved) {
        TcyStatusEditorViewModel viewModel = new TcyStatusEditorViewModel(treaties, runner, errors, messages,
                country);
        Dialog<TcyStatusEntry> dialog = dialog("tcyStatus.editor.title", country);
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(520);
        ComboBox<TcyStatus> status = new ListOnOpenComboBox<>(FXCollections.observableArrayList(
                TcyStatusEditorViewModel.RECORDABLE));
        status.setId("tcy-status");
        status.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        FieldErrors fields = viewModel.fieldErrors();
        form.add(messages.text("tcyStatus.status"), status, fields.of(TcyStatusEntry.STATUS));
        Label party = muted("tcyStatus.editor.partyDerived");
        form.addBelow(party);
        DatePicker from = DateFields.create(messages, fields, TcyStatusEntry.VALID_FROM);
        from.setId("tcy-status-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        form.add(messages.text("tcyStatus.validFrom"), from, fields.of(TcyStatusEntry.VALID_FROM));
        TextArea note = textArea("tcy-status-note", viewModel.noteProperty());
        note.setPromptText(messages.text("tcyStatus.note.prompt"));
        form.add(messages.text("tcyStatus.note"), note, fields.of(TcyStatusEntry.NOTE));
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("tcy-status-editor");
        SaveCancel.install(dialog, messages, messages.text("action.save"), "tcy-status-save",
                viewModel.savingProperty(), viewModel::save);
        dialog.showAndWait().ifPresent(saved -> onSaved.run());
    }

    /**
     * Opens the form of {@code country}'s line for {@code instrument} (another may be picked in it), filled from the
     * lines stored, which it reads first; {@code onSaved} runs once a line is saved.
     */
    public void editTreatyLine(Country country, Instrument instrument, Runnable onSaved) {
        runner.run(() -> treaties.ofCountry(country.code()).stream().map(line -> line.record())
                .collect(Collectors.toMap(TreatyRecord::instrument, Function.identity())),
                lines -> showTreatyLine(country, instrument, lines, onSaved), errors::report);
    }

    private void showTreatyLine(Country country, Instrument instrument, Map<Instrument, TreatyRecord> lines,
            Runnable onSaved) {
        TreatyLineEditorViewModel viewModel = new TreatyLineEditorViewModel(treaties, runner, errors, messages,
                country, lines, instrument);
        Dialog<TreatyRecord> dialog = dialog("treaty.editor.title", country);
        FieldErrors fields = viewModel.fieldErrors();
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(600);
        ComboBox<Instrument> picked = ListOnOpenComboBox.of(Instrument.values());
        picked.setId("treaty-instrument");
        picked.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        picked.valueProperty().bindBidirectional(viewModel.instrumentProperty());
        picked.setMaxWidth(Double.MAX_VALUE);
        form.add(messages.text("treaty.instrument"), picked, null);
        form.add(messages.text("treaty.signature"), date("treaty-signature", viewModel.signatureProperty(), fields,
                TreatyRecord.SIGNATURE), fields.of(TreatyRecord.SIGNATURE));
        ComboBox<DepositKind> kind = ListOnOpenComboBox.of(DepositKind.values());
        kind.setId("treaty-deposit-kind");
        kind.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        kind.valueProperty().bindBidirectional(viewModel.depositKindProperty());
        form.add(messages.text("treaty.depositKind"), kind, null);
        form.add(messages.text("treaty.deposit"), date("treaty-deposit", viewModel.depositProperty(), fields,
                TreatyRecord.DEPOSIT), fields.of(TreatyRecord.DEPOSIT));
        form.add(messages.text("treaty.entryIntoForce"), date("treaty-in-force", viewModel.entryIntoForceProperty(),
                fields, TreatyRecord.ENTRY_INTO_FORCE), fields.of(TreatyRecord.ENTRY_INTO_FORCE));
        form.addBelow(muted("treaty.editor.inForceRule"));
        TextArea overrideNote = textArea("treaty-override-note", viewModel.overrideNoteProperty());
        form.add(messages.text("treaty.overrideNote"), overrideNote, fields.of(TreatyRecord.OVERRIDE_NOTE));
        FlowPane flags = new FlowPane(12, 6);
        for (ChartFlag flag : ChartFlag.values()) {
            CheckBox box = new CheckBox(flag.name() + " – " + messages.text(flag.messageKey()));
            box.setId("treaty-flag-" + flag.name());
            box.selectedProperty().bindBidirectional(viewModel.flag(flag));
            flags.getChildren().add(box);
        }
        form.add(messages.text("treaty.flags"), flags, null);
        TextArea note = textArea("treaty-note", viewModel.noteProperty());
        form.add(messages.text("treaty.note"), note, fields.of(TreatyRecord.NOTE));
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("treaty-editor");
        SaveCancel.install(dialog, messages, messages.text("action.save"), "treaty-save", viewModel.savingProperty(),
                viewModel::save);
        dialog.showAndWait().ifPresent(saved -> onSaved.run());
    }

    private <T> Dialog<T> dialog(String titleKey, Country country) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text(titleKey, country.name(messages.locale())));
        return dialog;
    }

    private DatePicker date(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value,
            FieldErrors fields, String field) {
        DatePicker picker = DateFields.create(messages, fields, field);
        picker.setId(id);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static TextArea textArea(String id, javafx.beans.property.StringProperty value) {
        TextArea area = TextAreas.tabMovesFocus(new TextArea());
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private Label muted(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
