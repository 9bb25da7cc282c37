package org.octopusdesk.ui.database;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.DatabaseSettings;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.SaveCancel;

/** File › Database: where this workstation's data is, applied at the next start. */
public final class DatabaseSettingsDialog extends Dialog<DatabaseSettings> {

    private final DatabaseSettingsViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    public DatabaseSettingsDialog(DatabaseSettingsViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text("database.settings.title"));
        form.node().setPrefWidth(600);

        ToggleGroup kinds = new ToggleGroup();
        RadioButton embedded = choice(kinds, "database.settings.embedded", DatabaseSettings.Kind.EMBEDDED);
        embedded.setId("database-embedded");
        RadioButton server = choice(kinds, "database.settings.server", DatabaseSettings.Kind.POSTGRESQL);
        server.setId("database-server");
        kinds.selectToggle(viewModel.kindProperty().get() == DatabaseSettings.Kind.POSTGRESQL ? server : embedded);
        kinds.selectedToggleProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                viewModel.kindProperty().set((DatabaseSettings.Kind) chosen.getUserData());
            }
        });
        form.addBelow(new VBox(6, embedded, server));

        addRow("database.settings.host", text("database-host", viewModel.hostProperty()), DatabaseSettings.HOST);
        addRow("database.settings.portLabel", text("database-port", viewModel.portProperty()),
                DatabaseSettings.PORT);
        addRow("database.settings.database", text("database-name", viewModel.databaseProperty()),
                DatabaseSettings.DATABASE);
        addRow("database.settings.user", text("database-user", viewModel.userProperty()), DatabaseSettings.USER);
        CheckBox keep = new CheckBox(messages.text("database.settings.keepPassword"));
        keep.setId("database-keep-password");
        keep.setWrapText(true);
        keep.setMaxWidth(420);
        keep.selectedProperty().bindBidirectional(viewModel.keepPasswordProperty());
        keep.disableProperty().bind(viewModel.onServerProperty().not());
        form.addBelow(keep);
        PasswordField password = new PasswordField();
        password.setId("database-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        password.disableProperty().bind(viewModel.onServerProperty().not().or(keep.selectedProperty().not()));
        addRow("database.settings.password", password, DatabaseSettingsViewModel.passwordField());

        form.addBelow(note("database.settings.note"));
        Label backups = note("database.settings.backups");
        backups.visibleProperty().bind(viewModel.onServerProperty());
        backups.managedProperty().bind(viewModel.onServerProperty());
        form.addBelow(backups);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("database-settings");
        SaveCancel.install(this, messages, messages.text("action.save"), "database-save", viewModel.savingProperty(),
                viewModel::save);
    }

    private RadioButton choice(ToggleGroup group, String key, DatabaseSettings.Kind kind) {
        RadioButton button = new RadioButton(messages.text(key));
        button.setToggleGroup(group);
        // Long in French: the choice wraps rather than ending in an ellipsis.
        button.setWrapText(true);
        button.setMaxWidth(420);
        button.setUserData(kind);
        return button;
    }

    private TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(viewModel.onServerProperty().not());
        return field;
    }

    private Label note(String key) {
        Label label = new Label(messages.text(key));
        label.setWrapText(true);
        label.setMaxWidth(580);
        return label;
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}
