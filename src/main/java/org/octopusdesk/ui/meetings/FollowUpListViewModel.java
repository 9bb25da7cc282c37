package org.octopusdesk.ui.meetings;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.service.meetings.FollowUpLine;
import org.octopusdesk.service.meetings.FollowUpService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/** The follow-up actions of every meeting, filtered by status (open ones first shown) and owner. */
public final class FollowUpListViewModel {

    private final FollowUpService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(ActionStatus.OPEN);
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<FollowUpLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<FollowUpLine> selected = new SimpleObjectProperty<>();
    private long request;

    public FollowUpListViewModel(FollowUpService service, BackgroundRunner runner, ErrorReporter errors) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        status.addListener((observable, old, value) -> reload());
        owner.addListener((observable, old, value) -> reload());
    }

    /** Reads the owners and the actions the filters accept; an answer to an older request is dropped. */
    public void reload() {
        long mine = ++request;
        ActionStatus wantedStatus = status.get();
        String wantedOwner = owner.get();
        runner.run(() -> new Page(service.owners(), service.list(wantedStatus, wantedOwner)), page -> {
            if (mine == request) {
                if (!page.owners().equals(owners)) {
                    owners.setAll(page.owners());
                }
                lines.setAll(page.lines());
            }
        }, errors::report);
    }

    /** Marks the selected action done; the list follows its filter. */
    public void markSelectedDone() {
        FollowUpLine line = selected.get();
        if (line != null && line.action().status() == ActionStatus.OPEN) {
            runner.run(() -> service.markDone(line.action().id()), done -> reload(), failure -> {
                errors.report(failure);
                reload();
            });
        }
    }

    private record Page(List<String> owners, List<FollowUpLine> lines) {
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObservableList<FollowUpLine> lines() {
        return lines;
    }

    public ObjectProperty<FollowUpLine> selectedProperty() {
        return selected;
    }
}
