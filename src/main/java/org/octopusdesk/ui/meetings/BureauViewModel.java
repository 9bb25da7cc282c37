package org.octopusdesk.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.BureauService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The Bureau as of a date (today at first) and every seat recorded, with the one selected for Edit or Delete. */
public final class BureauViewModel {

    private final BureauService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<LocalDate> asOf;
    private final ObservableList<BureauMember> composition = FXCollections.observableArrayList();
    private final ObservableList<BureauMember> history = FXCollections.observableArrayList();
    private final ObjectProperty<BureauMember> selected = new SimpleObjectProperty<>();
    private long request;

    public BureauViewModel(BureauService service, BackgroundRunner runner, DialogService dialogs, ErrorReporter errors,
            Messages messages, LocalDate today) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.asOf = new SimpleObjectProperty<>(today);
        asOf.addListener((observable, old, date) -> reload());
    }

    /** Reads the composition on the chosen date and the history; an answer to an older request is dropped. */
    public void reload() {
        long mine = ++request;
        LocalDate date = asOf.get();
        runner.run(() -> new Page(date == null ? List.of() : service.compositionOn(date), service.history()), page -> {
            if (mine == request) {
                composition.setAll(page.composition());
                history.setAll(page.history());
                BureauMember kept = selected.get();
                selected.set(kept == null ? null : page.history().stream()
                        .filter(member -> member.id().equals(kept.id())).findFirst().orElse(null));
            }
        }, errors::report);
    }

    /** Asks, then deletes the selected seat (a person's erasure on request, or a mistake). */
    public void deleteSelected() {
        BureauMember member = selected.get();
        if (member != null && dialogs.confirm(messages.text("bureau.delete.title"),
                messages.text("bureau.delete.question", member.details().personName(),
                        messages.text(member.details().role().messageKey())), messages.text("action.delete"))) {
            runner.run(() -> {
                service.delete(member.id());
                return member;
            }, deleted -> reload(), failure -> {
                errors.report(failure);
                reload();
            });
        }
    }

    private record Page(List<BureauMember> composition, List<BureauMember> history) {
    }

    public BureauService service() {
        return service;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<BureauMember> composition() {
        return composition;
    }

    public ObservableList<BureauMember> history() {
        return history;
    }

    public ObjectProperty<BureauMember> selectedProperty() {
        return selected;
    }
}
