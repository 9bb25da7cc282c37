package org.octopusdesk.ui.meetings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.MeetingService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.GatedScreen;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.RowsInFrames;
import org.octopusdesk.ui.common.Shortcuts;
import org.octopusdesk.ui.common.TableSelection;
import org.octopusdesk.ui.common.Tables;
import org.octopusdesk.ui.shell.AreaView;

/** The Meetings area: the meetings, latest first, filtered by series and year, beside the selected meeting's page. */
public final class MeetingsView implements AreaView {

    private final SplitPane split;

    private final MeetingListViewModel list;
    private final MeetingService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Window owner;
    private final BorderPane root = new BorderPane();
    private final MeetingDetailPane detail;
    private final CommitteeTools committee;
    private final RoleControls roles;

    public MeetingsView(MeetingListViewModel list, AgendaViewModel agenda, MeetingRecords records,
            FollowUpViewModel followUps, MeetingService service, CommitteeTools committee, BackgroundRunner runner,
            ErrorReporter errors, Messages messages, Window owner, RoleControls roles) {
        this.list = list;
        this.roles = roles;
        this.committee = committee;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        detail = new MeetingDetailPane(messages, list, List.of(
                new AgendaPane(agenda, runner, errors, messages, owner, roles).node(),
                new DocumentsPane(records.documents(), runner, errors, messages, owner, roles).node(),
                new AttendancePane(records.attendance(), runner, errors, messages, owner, roles).node(),
                new FollowUpPane(followUps, agenda.items(), runner, errors, messages, owner, roles).node()));
        // The filters sit above the list they narrow, leaving the toolbar room for its words in French.
        VBox listPane = new VBox(filters(), RowsInFrames.holding(table()));
        VBox.setVgrow(listPane.getChildren().get(1), Priority.ALWAYS);
        split = new SplitPane(listPane, detail.node());
        split.setDividerPositions(0.58);
        root.setTop(roles.withNotice(toolbar(), GatedScreen.MEETINGS));
        root.setCenter(split);
        root.setId("meetings-view");
        list.selectedProperty().addListener((observable, old, meeting) -> {
            agenda.meetingProperty().set(meeting);
            records.show(meeting);
            followUps.meetingProperty().set(meeting);
            detail.show(meeting);
        });
        detail.show(null);
    }

    /** "30 Nov 2020", or "18 Jun 2024 – 20 Jun 2024" for a meeting of several days. */
    static String dates(Meeting meeting, Messages messages) {
        String start = messages.date(meeting.start());
        return meeting.end().equals(meeting.start()) ? start : start + " – " + messages.date(meeting.end());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void reload() {
        list.reload();
    }

    public void newMeeting() {
        if (!roles.refused(Permission.CHANGE_MEETINGS)) {
            open(null);
        }
    }

    /** Opens the selected meeting's form, if one is selected. */
    public void editSelected() {
        if (roles.refused(Permission.CHANGE_MEETINGS)) {
            return;
        }
        Optional.ofNullable(list.selectedProperty().get()).ifPresent(this::open);
    }

    /** Asks to delete the selected meeting, if one is selected. */
    public void deleteSelected() {
        if (!roles.refused(Permission.CHANGE_MEETINGS)) {
            list.deleteSelected();
        }
    }

    /** Opens the form of a new series; the list then offers it. */
    public void newSeries() {
        if (roles.refused(Permission.CHANGE_MEETINGS)) {
            return;
        }
        SeriesEditorViewModel editor = new SeriesEditorViewModel(service, runner, errors, messages);
        new SeriesEditorDialog(editor, messages, owner).showAndWait().ifPresent(saved -> list.reload());
    }

    /** Opens the decisions register across meetings. */
    public void openRegister() {
        DecisionsRegisterViewModel register = new DecisionsRegisterViewModel(service.agenda(), runner, errors);
        new DecisionsRegisterDialog(register, List.copyOf(list.meetings()), messages, owner).show();
        register.search();
    }

    /** Shows the meeting whatever the filters were: the dashboard and the actions list lead here. */
    public void select(MeetingId meeting) {
        list.seriesFilterProperty().set(null);
        list.yearFilterProperty().set(null);
        list.reload(Optional.of(meeting));
    }

    /** Opens the follow-up actions of every meeting, the open ones first shown. */
    public void openFollowUps() {
        FollowUpListViewModel actions = new FollowUpListViewModel(committee.followUps(), runner, errors);
        new FollowUpListDialog(actions, messages, owner, this::select, roles).show();
        actions.reload();
    }

    /** Opens the Bureau's composition on today's date, and its history. */
    public void openBureau() {
        BureauViewModel bureau = new BureauViewModel(committee.bureau(), runner, committee.dialogs(), errors,
                messages, committee.today().get());
        new BureauDialog(bureau, committee.countries(), runner, errors, messages, owner, roles).show();
        bureau.reload();
    }

    private void open(Meeting meeting) {
        MeetingEditorViewModel editor = new MeetingEditorViewModel(service, runner, errors, messages, meeting);
        if (meeting == null) {
            // A new meeting starts in the series the list shows, or the plenary.
            editor.seriesProperty().set(Optional.ofNullable(list.seriesFilterProperty().get())
                    .orElse(list.series().isEmpty() ? null : list.series().get(0)));
        }
        new MeetingEditorDialog(editor, List.copyOf(list.series()), messages, owner).showAndWait()
                .ifPresent(saved -> list.reload(Optional.of(saved.id())));
    }

    private Node toolbar() {
        Button create = new Button(messages.text("meeting.new"), Icons.icon(Icons.NEW));
        create.setId("meeting-new");
        Shortcuts.tooltip(create, messages.text("meeting.new.tooltip"), Shortcuts.NEW);
        create.setOnAction(event -> newMeeting());
        Button edit = new Button(messages.text("action.edit"), Icons.icon(Icons.EDIT));
        edit.setId("meeting-edit");
        Shortcuts.tooltip(edit, messages.text("meeting.edit.tooltip"), Shortcuts.EDIT);
        edit.setOnAction(event -> editSelected());
        Button delete = new Button(messages.text("action.delete"), Icons.icon(Icons.DELETE));
        delete.setId("meeting-delete");
        Shortcuts.tooltip(delete, messages.text("meeting.delete.tooltip"), Shortcuts.DELETE);
        delete.setOnAction(event -> deleteSelected());
        edit.disableProperty().bind(list.selectedProperty().isNull());
        delete.disableProperty().bind(list.selectedProperty().isNull());
        Button series = new Button(messages.text("meeting.series.add"));
        series.setId("meeting-series-new");
        series.setOnAction(event -> newSeries());
        // Register, follow-ups and Bureau stay open to read; their own changes are disabled inside.
        roles.guard(Permission.CHANGE_MEETINGS, create, edit, delete, series);
        Button register = new Button(messages.text("decision.register"), Icons.icon(Icons.FIND));
        register.setId("meeting-decisions-register");
        register.setOnAction(event -> openRegister());
        Button followUps = new Button(messages.text("followUp.list.open"));
        followUps.setId("meeting-follow-ups");
        followUps.setOnAction(event -> openFollowUps());
        Button bureau = new Button(messages.text("bureau.open"));
        bureau.setId("meeting-bureau");
        bureau.setOnAction(event -> openBureau());
        HBox bar = FittingBar.toolBar(6, create, edit, delete, series, register, followUps, bureau);
        return bar;
    }

    private Node filters() {
        ComboBox<MeetingSeries> seriesFilter = Choices.filter("meeting-series-filter", list.series(),
                one -> one.name(messages.locale()), messages.text("meeting.series.all"));
        seriesFilter.valueProperty().bindBidirectional(list.seriesFilterProperty());
        // Sized for "All series", not for the longest series name, which the open list shows in full.
        seriesFilter.setPrefWidth(190);
        ComboBox<Integer> yearFilter = Choices.filter("meeting-year-filter", list.years(), String::valueOf,
                messages.text("meeting.year.all"));
        yearFilter.valueProperty().bindBidirectional(list.yearFilterProperty());
        HBox bar = new HBox(6, seriesFilter, yearFilter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 6, 6, 6));
        return bar;
    }

    private TableView<Meeting> table() {
        TableView<Meeting> table = new TableView<>(list.meetings());
        table.setId("meetings-table");
        table.setPlaceholder(new Label(
                roles.emptyText(Permission.CHANGE_MEETINGS, "meeting.empty", "meeting.empty.fact")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                // Wide enough for the French header, "Forme courte", which 100 pixels cut.
                column("meeting.shortTitle", Meeting::shortTitle, 120),
                column("meeting.title", meeting -> meeting.title(messages.locale()), 200),
                // The short span (18–20/06/2024) leaves the venue its room on a 1280-wide window.
                // A span of dates cut to "02–03/06/20…" says nothing: it keeps its width.
                Tables.whole(column("meeting.dates", meeting -> messages.dateRange(meeting.start(), meeting.end()),
                        125)),
                column("meeting.venueOrFormat", meeting -> meeting.venue().isEmpty()
                        ? messages.text(meeting.format().messageKey()) : meeting.venue(), 150)));
        TableSelection.link(table, list.selectedProperty());
        TableSelection.actions(table, this::editSelected, this::deleteSelected);
        // "Forme courte" whole: the title narrows, which the detail shows whole.
        ColumnTitles.shownWhole(table);
        return table;
    }

    private TableColumn<Meeting, String> column(String key, Function<Meeting, String> value, double width) {
        TableColumn<Meeting, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }

    @Override
    public Optional<SplitPane> divided() {
        return Optional.of(split);
    }
}
