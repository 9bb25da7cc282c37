package org.octopusdesk.ui.conferences;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.DayTimetable;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.Icons;

/**
 * One day of the programme as a timetable: rooms as columns, time running down, each session a box over the rows
 * of its times. A session that clashes (its room or one of its people booked twice at once) is outlined and says
 * why; clicking a session selects it, a double click opens it.
 */
final class ProgrammePane {

    private static final double ROW_HEIGHT = 34;
    private static final double ROOM_WIDTH = 190;

    private final ProgrammeViewModel viewModel;
    private final Messages messages;
    private final Window owner;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final RoleControls roles;
    private final Label summary = new Label();

    ProgrammePane(ProgrammeViewModel viewModel, Messages messages, Window owner, RoleControls roles) {
        this.viewModel = viewModel;
        this.roles = roles;
        this.messages = messages;
        this.owner = owner;
        grid.setId("programme-grid");
        grid.getStyleClass().add("programme-grid");
        grid.setHgap(4);
        grid.setVgap(2);
        grid.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("programme-scroll");
        root.setTop(toolbar());
        root.setCenter(scroll);
        root.setId("programme-pane");
        viewModel.timetableProperty().addListener((observable, old, timetable) -> draw(timetable));
        viewModel.selectedProperty().addListener((observable, old, session) -> draw(viewModel.timetableProperty()
                .get()));
        draw(viewModel.timetableProperty().get());
    }

    Node node() {
        return root;
    }

    void newSession() {
        if (viewModel.conferenceProperty().get() != null) {
            open(null);
        }
    }

    private void open(Session session) {
        if (roles.refused(Permission.CHANGE_CONFERENCES)) {
            return;
        }
        SessionEditorViewModel editor = viewModel.editor(session);
        new SessionEditorDialog(editor, List.copyOf(viewModel.days()), messages, owner).showAndWait()
                .ifPresent(viewModel::showSaved);
    }

    private Node toolbar() {
        ComboBox<java.time.LocalDate> day = new ListOnOpenComboBox<>(viewModel.days());
        day.setId("programme-day");
        day.setConverter(Choices.shownAs(messages::date, messages.text("programme.day.none")));
        day.valueProperty().bindBidirectional(viewModel.dayProperty());
        day.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(messages.text("session.new"), Icons.icon(Icons.NEW));
        add.setId("session-new");
        add.setOnAction(event -> newSession());
        add.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.days()));
        Button edit = new Button(messages.text("action.edit"), Icons.icon(Icons.EDIT));
        edit.setId("session-edit");
        edit.setOnAction(event -> open(viewModel.selectedProperty().get()));
        Button delete = new Button(messages.text("action.delete"), Icons.icon(Icons.DELETE));
        delete.setId("session-delete");
        delete.setOnAction(event -> roles.gated(Permission.CHANGE_CONFERENCES, viewModel::deleteSelected).run());
        edit.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        roles.guard(Permission.CHANGE_CONFERENCES, add, edit, delete);
        summary.setId("programme-summary");
        summary.setWrapText(true);
        HBox bar = new FittingBar(6, day, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label purpose = new Label(messages.text("session.people.purpose"));
        purpose.setId("programme-purpose");
        purpose.getStyleClass().add("text-muted");
        purpose.setWrapText(true);
        purpose.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox top = new VBox(4, bar, summary, purpose);
        top.setPadding(new Insets(6));
        return top;
    }

    private void draw(DayTimetable timetable) {
        grid.getChildren().clear();
        if (viewModel.conferenceProperty().get() != null && viewModel.days().isEmpty()) {
            summary.setText(messages.text("programme.noDates"));
            return;
        }
        int clashing = (int) timetable.placements().stream()
                .filter(placement -> !viewModel.clashes().of(placement.session().id()).isEmpty()).count();
        summary.setText(timetable.placements().isEmpty() ? messages.text("programme.emptyDay")
                : clashing == 0 ? messages.text("programme.noClash", timetable.placements().size())
                : messages.text("programme.clashes", timetable.placements().size(), clashing));
        for (DayTimetable.RoomColumns room : timetable.rooms()) {
            Label header = new Label(room.room());
            header.getStyleClass().add("programme-room");
            header.setStyle("-fx-font-weight: bold;");
            header.setMinWidth(ROOM_WIDTH * room.lanes());
            header.setWrapText(true);
            grid.add(header, room.firstColumn() + 1, 0, room.lanes(), 1);
        }
        for (int row = 0; row < timetable.times().size(); row++) {
            Label time = new Label(timetable.times().get(row).toString());
            time.getStyleClass().add("text-muted");
            time.setMinHeight(ROW_HEIGHT);
            time.setAlignment(Pos.TOP_RIGHT);
            // The time a row starts at stands at its top, where a session starting then begins.
            GridPane.setValignment(time, javafx.geometry.VPos.TOP);
            grid.add(time, 0, row + 1);
        }
        for (DayTimetable.Placement placement : timetable.placements()) {
            grid.add(box(placement), placement.column() + 1, placement.row() + 1, 1, placement.rowSpan());
        }
    }

    private Node box(DayTimetable.Placement placement) {
        Session session = placement.session();
        String clashes = viewModel.clashText(session);
        Label title = new Label(session.title());
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        Label when = new Label(ProgrammeViewModel.times(session) + " · " + messages.text(session.kind().messageKey()));
        when.getStyleClass().add("text-small");
        VBox box = new VBox(2, when, title);
        String people = session.people().stream().map(SessionPerson::name).collect(Collectors.joining(", "));
        if (!people.isEmpty()) {
            Label names = new Label(people);
            names.setWrapText(true);
            names.getStyleClass().add("text-small");
            box.getChildren().add(names);
        }
        if (!clashes.isEmpty()) {
            Label warning = new Label(clashes, Icons.icon(Icons.WARNING));
            warning.setWrapText(true);
            warning.getStyleClass().addAll("text-small", "programme-clash");
            warning.setStyle("-fx-text-fill: -color-danger-fg;");
            box.getChildren().add(warning);
            Tooltip.install(box, new Tooltip(clashes));
        }
        boolean selected = session.equals(viewModel.selectedProperty().get());
        String border = !clashes.isEmpty() ? "-color-danger-emphasis" : selected ? "-color-accent-emphasis"
                : "-color-border-default";
        box.setStyle("-fx-background-color: " + (selected ? "-color-accent-subtle" : "-color-bg-subtle")
                + "; -fx-border-color: " + border + "; -fx-border-width: " + (clashes.isEmpty() ? 1 : 2)
                + "; -fx-padding: 4; -fx-background-radius: 4; -fx-border-radius: 4;");
        box.setPrefWidth(ROOM_WIDTH);
        box.setMinHeight(ROW_HEIGHT * placement.rowSpan());
        box.setMaxHeight(Double.MAX_VALUE);
        GridPane.setVgrow(box, Priority.ALWAYS);
        box.setId("session-" + session.id());
        box.getStyleClass().add(clashes.isEmpty() ? "programme-session" : "programme-session-clash");
        box.setOnMouseClicked(event -> {
            viewModel.selectedProperty().set(session);
            if (event.getClickCount() == 2) {
                open(session);
            }
        });
        return box;
    }
}
