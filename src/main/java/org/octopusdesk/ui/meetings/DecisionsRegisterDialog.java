package org.octopusdesk.ui.meetings;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.RegisteredDecision;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.Icons;

/** The decisions register as a window beside the meetings: search as one types, narrow to one meeting. */
final class DecisionsRegisterDialog extends Dialog<Void> {

    DecisionsRegisterDialog(DecisionsRegisterViewModel register, List<Meeting> meetings, Messages messages,
            Window owner) {
        initOwner(owner);
        initModality(javafx.stage.Modality.NONE);
        setResizable(true);
        setTitle(messages.text("decision.register"));
        TextField text = new TextField();
        text.setId("register-text");
        text.setPromptText(messages.text("decision.register.prompt"));
        text.setPrefColumnCount(24);
        text.textProperty().bindBidirectional(register.textProperty());
        ComboBox<Meeting> meeting = Choices.filter("register-meeting", FXCollections.observableArrayList(meetings),
                Meeting::shortTitle, messages.text("decision.register.allMeetings"));
        meeting.valueProperty().bindBidirectional(register.meetingProperty());
        HBox bar = new HBox(8, Icons.icon(Icons.FIND), text, meeting);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<RegisteredDecision> table = new TableView<>(register.lines());
        table.setId("register-table");
        // "No decision matches." only once something is asked: an unfiltered empty register has none at all yet.
        Label none = new Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.text(
                (register.textProperty().get() == null || register.textProperty().get().isBlank())
                        && register.meetingProperty().get() == null ? "decision.register.empty"
                        : "decision.register.none"), register.textProperty(), register.meetingProperty()));
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column(messages.text("meeting.title"), line -> line.meeting().shortTitle(), 100),
                column(messages.text("agenda.item"), line -> messages.text("agenda.itemShort", line.itemNumber(),
                        line.itemTitle()), 220),
                column(messages.text("decision.decided"), line -> line.decision().text(), 380)));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(8, bar, table);
        // Wide enough for the meeting, the item and most of a decision side by side.
        content.setMinSize(860, 420);
        getDialogPane().setContent(content);
        getDialogPane().setId("decisions-register");
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static TableColumn<RegisteredDecision, String> column(String title,
            Function<RegisteredDecision, String> value, double width) {
        TableColumn<RegisteredDecision, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }
}
