package org.octopusdesk.ui.people;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.people.Person;
import org.octopusdesk.domain.people.PersonDraft;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.Icons;

/** File › People: the people of a server database and their roles; on the embedded database, why there are none. */
public final class PeopleDialog extends Dialog<Void> {

    private static final double WIDTH = 720;

    private final PeopleViewModel viewModel;
    private final Messages messages;

    public PeopleDialog(PeopleViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text("people.title"));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("people-dialog");
        VBox content = new VBox(10);
        content.setPrefWidth(WIDTH);
        content.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        if (!viewModel.available()) {
            content.getChildren().add(wrapped(viewModel.absentReason().orElse(""), "people-absent"));
        } else {
            content.getChildren().addAll(wrapped(viewModel.sessionLine(), "people-session"), table(), selection());
            viewModel.manageRefusal().ifPresent(reason -> {
                Label refusal = wrapped(reason, "people-refusal");
                refusal.getStyleClass().add("warning");
                content.getChildren().add(refusal);
            });
            content.getChildren().add(addForm());
            viewModel.load();
        }
        getDialogPane().setContent(content);
    }

    private TableView<Person> table() {
        TableView<Person> table = new TableView<>(viewModel.people());
        table.setId("people-table");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("people.column.login", Person::login, 220));
        table.getColumns().add(column("people.column.role", person -> viewModel.roleName(person.role()), 220));
        table.getColumns().add(column("people.column.status", viewModel::loginState, 140));
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, person) -> viewModel.selectedProperty().set(person));
        return table;
    }

    private TableColumn<Person, String> column(String key, Function<Person, String> text, double width) {
        TableColumn<Person, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private HBox selection() {
        ChoiceBox<Role> role = roles("people-change-role");
        role.valueProperty().bindBidirectional(viewModel.changedRoleProperty());
        role.disableProperty().bind(viewModel.selectionActionsDisabled());
        Button give = new Button(messages.text("people.changeRole"));
        give.setId("people-give-role");
        give.disableProperty().bind(viewModel.selectionActionsDisabled());
        give.setOnAction(event -> viewModel.changeRole());
        // Long in French: the buttons keep their words, the list of roles does not push them out.
        give.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button login = new Button(messages.text("people.disable"));
        login.setId("people-toggle-login");
        login.disableProperty().bind(viewModel.selectionActionsDisabled());
        viewModel.selectedProperty().addListener((observable, before, person) -> login.setText(messages.text(
                person != null && !person.canLogin() ? "people.enable" : "people.disable")));
        login.setOnAction(event -> viewModel.toggleLogin());
        login.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, role, give, login);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox addForm() {
        Label title = new Label(messages.text("people.addTitle"));
        title.getStyleClass().add("title-4");
        FormGrid form = new FormGrid();
        TextField login = new TextField();
        login.setId("people-login");
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        form.add(messages.text("people.field.login"), login, viewModel.fieldErrors().of(PersonDraft.LOGIN));
        PasswordField password = new PasswordField();
        password.setId("people-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        form.add(messages.text("people.field.password"), password,
                viewModel.fieldErrors().of(PersonDraft.PASSWORD));
        ChoiceBox<Role> role = roles("people-role");
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        form.add(messages.text("people.field.role"), role, viewModel.fieldErrors().of(PersonDraft.ROLE));
        Button add = new Button(messages.text("people.add"), Icons.icon(Icons.NEW));
        add.setId("people-add");
        add.setOnAction(event -> viewModel.add());
        form.addBelow(add);
        boolean refused = !viewModel.mayManage();
        login.setDisable(refused);
        password.setDisable(refused);
        role.setDisable(refused);
        add.disableProperty().bind(viewModel.addingProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> refused)));
        return new VBox(6, title, form.node());
    }

    private ChoiceBox<Role> roles(String id) {
        ChoiceBox<Role> box = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(Role.values()));
        box.setId(id);
        box.setConverter(Choices.shownAs(viewModel::roleName, ""));
        return box;
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        return label;
    }
}
