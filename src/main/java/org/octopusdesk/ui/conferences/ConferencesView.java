package org.octopusdesk.ui.conferences;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.Shortcuts;
import org.octopusdesk.ui.common.GatedScreen;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.TableSelection;
import org.octopusdesk.ui.common.LateTabContents;
import org.octopusdesk.ui.common.RowsInFrames;
import org.octopusdesk.ui.shell.AreaView;

/** The Conferences area: the Octopus Conference editions beside the selected one's facts and programme. */
public final class ConferencesView implements AreaView {

    private final SplitPane split;

    private final ConferenceListViewModel list;
    private final ProgrammeViewModel programme;
    private final ParticipantsViewModel participants;
    private final LogisticsViewModel logistics;
    private final BudgetViewModel budget;
    private final ConferenceService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final DialogService dialogs;
    private final Messages messages;
    private final Window owner;
    private final BorderPane root = new BorderPane();
    private final ConferenceDetailPane detail;
    private final ProgrammePane programmePane;
    private final TabPane tabs = new TabPane();
    private final RoleControls roles;
    private final Tab logisticsTab;

    public ConferencesView(ConferenceListViewModel list, ProgrammeViewModel programme,
            ParticipantsViewModel participants, LogisticsViewModel logistics, BudgetViewModel budget,
            ConferenceService service, BackgroundRunner runner, DialogService dialogs, ErrorReporter errors,
            Messages messages, Window owner, RoleControls roles) {
        this.dialogs = dialogs;
        this.roles = roles;
        this.list = list;
        this.budget = budget;
        this.programme = programme;
        this.participants = participants;
        this.logistics = logistics;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        detail = new ConferenceDetailPane(messages, list.history());
        programmePane = new ProgrammePane(programme, messages, owner, roles);
        tabs.setId("conference-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        logisticsTab = tab("conference-tab-logistics", "conference.tab.logistics",
                new LogisticsPane(logistics, messages, owner, roles).node());
        tabs.getTabs().setAll(tab("conference-tab-edition", "conference.tab.edition", detail.node()),
                tab("conference-tab-programme", "conference.tab.programme", programmePane.node()),
                tab("conference-tab-participants", "conference.tab.participants",
                        new ParticipantsPane(participants, messages, owner, roles).node()), logisticsTab,
                tab("conference-tab-budget", "conference.tab.budget",
                        new BudgetPane(budget, messages, owner, roles).node()));
        LateTabContents.holdHiddenTabs(tabs);
        split = new SplitPane(RowsInFrames.holding(table()), tabs);
        split.setDividerPositions(0.46);
        root.setTop(roles.withNotice(toolbar(), GatedScreen.CONFERENCES));
        root.setCenter(split);
        root.setId("conferences-view");
        list.selectedProperty().addListener((observable, old, conference) -> {
            programme.conferenceProperty().set(conference);
            participants.conferenceProperty().set(conference);
            logistics.conferenceProperty().set(conference);
            budget.conferenceProperty().set(conference);
            detail.show(conference);
        });
        detail.show(null);
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.text(key), content);
        tab.setId(id);
        return tab;
    }

    /** "20 Nov 2019 – 22 Nov 2019", or a dash while the record does not give them. */
    static String dates(Conference conference, Messages messages) {
        if (!conference.hasDates()) {
            return messages.text("conference.dates.unknown");
        }
        return messages.dateRange(conference.start(), conference.end());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void reload() {
        list.reload();
        programme.reload();
        participants.reload();
        budget.reload();
        logistics.reload();
    }

    /** Shows the edition on its Logistics tab: the dashboard's overdue tasks lead here. */
    public void showLogistics(ConferenceId conference) {
        tabs.getSelectionModel().select(logisticsTab);
        list.reload(Optional.of(conference));
    }

    public void newConference() {
        if (!roles.refused(Permission.CHANGE_CONFERENCES)) {
            open(null);
        }
    }

    public void editSelected() {
        if (roles.refused(Permission.CHANGE_CONFERENCES)) {
            return;
        }
        Optional.ofNullable(list.selectedProperty().get()).ifPresent(this::open);
    }

    public void deleteSelected() {
        if (!roles.refused(Permission.CHANGE_CONFERENCES)) {
            list.deleteSelected();
        }
    }

    /** Adds a session to the selected edition's programme, on the day shown. */
    public void newSession() {
        tabs.getSelectionModel().select(1);
        programmePane.newSession();
    }

    private void open(Conference conference) {
        ConferenceEditorViewModel editor = new ConferenceEditorViewModel(service, runner, errors, messages,
                conference);
        if (conference == null) {
            editor.proposeNew(list.conferences().stream().mapToInt(Conference::year).max(),
                    service.participants().today().getYear());
        }
        new ConferenceEditorDialog(editor, messages, owner).showAndWait()
                .ifPresent(saved -> list.reload(Optional.of(saved.id())));
    }

    /** The retention purge over all editions; the participants tab is read again after it. */
    public void openPurge() {
        if (roles.refused(Permission.CHANGE_CONFERENCES)) {
            return;
        }
        RetentionPurgeViewModel purge = new RetentionPurgeViewModel(service.retention(),
                service.participants().today(), runner, dialogs, errors, messages);
        new RetentionPurgeDialog(purge, messages, participants::reload, owner).showAndWait();
    }

    private Node toolbar() {
        Button create = new Button(messages.text("conference.new"), Icons.icon(Icons.NEW));
        create.setId("conference-new");
        Shortcuts.tooltip(create, messages.text("conference.new.tooltip"), Shortcuts.NEW);
        create.setOnAction(event -> newConference());
        Button edit = new Button(messages.text("action.edit"), Icons.icon(Icons.EDIT));
        edit.setId("conference-edit");
        Shortcuts.tooltip(edit, messages.text("conference.edit.tooltip"), Shortcuts.EDIT);
        edit.setOnAction(event -> editSelected());
        Button delete = new Button(messages.text("action.delete"), Icons.icon(Icons.DELETE));
        delete.setId("conference-delete");
        Shortcuts.tooltip(delete, messages.text("conference.delete.tooltip"), Shortcuts.DELETE);
        delete.setOnAction(event -> deleteSelected());
        edit.disableProperty().bind(list.selectedProperty().isNull());
        delete.disableProperty().bind(list.selectedProperty().isNull());
        Button purge = new Button(messages.text("purge.open"), Icons.icon(Icons.ERASE));
        purge.setId("conference-purge");
        HoverTooltips.explain(purge, messages.text("purge.open.tooltip"));
        purge.setOnAction(event -> openPurge());
        roles.guard(Permission.CHANGE_CONFERENCES, create, edit, delete, purge);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = FittingBar.toolBar(6, create, edit, delete, gap, purge);
        return bar;
    }

    private TableView<Conference> table() {
        TableView<Conference> table = new TableView<>(list.conferences());
        ColumnTitles.shownWhole(table);
        table.setId("conferences-table");
        table.setPlaceholder(new Label(
                roles.emptyText(Permission.CHANGE_CONFERENCES, "conference.empty", "conference.empty.fact")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("conference.year", conference -> Integer.toString(conference.year()), 58, true),
                column("conference.title", Conference::title, 175, false),
                column("conference.dates", conference -> dates(conference, messages), 150, true),
                column("conference.placeOrFormat", conference -> conference.place().isEmpty()
                        ? messages.text(conference.format().messageKey()) : conference.place(), 150, false)));
        TableSelection.link(table, list.selectedProperty());
        TableSelection.actions(table, this::editSelected, this::deleteSelected);
        return table;
    }

    /** @param whole a column read whole (the year, the dates), never narrower than {@code width} */
    private TableColumn<Conference, String> column(String key, Function<Conference, String> value, double width,
            boolean whole) {
        TableColumn<Conference, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        // The year and the dates are read whole; the title and place give way and show in full as a tooltip.
        if (whole) {
            column.setMinWidth(width);
        }
        column.setSortable(false);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }

    @Override
    public Optional<SplitPane> divided() {
        return Optional.of(split);
    }
}
