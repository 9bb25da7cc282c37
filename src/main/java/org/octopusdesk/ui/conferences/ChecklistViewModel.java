package org.octopusdesk.ui.conferences;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.domain.conference.ChecklistItemDraft;
import org.octopusdesk.domain.conference.ChecklistItemId;
import org.octopusdesk.domain.conference.LogisticsCategory;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.LogisticsService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The checklist template: its tasks in order, and one form that edits the selected task or, with none selected,
 * adds a new one at the end.
 */
public final class ChecklistViewModel {

    /** Where a new task of the template starts: a month before the conference. */
    static final int DEFAULT_OFFSET = -30;

    private final LogisticsService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistItem> selected = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LogisticsCategory> category = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<Integer> offsetDays = new SimpleObjectProperty<>(DEFAULT_OFFSET);
    private final FieldErrors fieldErrors;
    private final FormSave saving;
    private final java.util.function.Function<ChecklistItem, String> titleOf;

    public ChecklistViewModel(LogisticsService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.titleOf = ChecklistTitles.in(messages);
        this.fieldErrors = new FieldErrors(messages, ChecklistItemDraft.TITLE, ChecklistItemDraft.CATEGORY,
                ChecklistItemDraft.OWNER, ChecklistItemDraft.OFFSET);
        this.saving = new FormSave(runner, errors, fieldErrors, ChecklistItemDraft.TITLE);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(ChecklistItemDraft.TITLE, title);
        fieldErrors.watch(ChecklistItemDraft.CATEGORY, category);
        fieldErrors.watch(ChecklistItemDraft.OWNER, owner);
        fieldErrors.watch(ChecklistItemDraft.OFFSET, offsetDays);
        selected.addListener((observable, old, item) -> fill(item));
    }

    /** Reads the template again and selects {@code select} when it is still there. */
    public void reload(Optional<ChecklistItemId> select) {
        runner.run(service::checklist, loaded -> {
            items.setAll(loaded);
            selected.set(select.flatMap(id -> loaded.stream().filter(item -> item.id().equals(id)).findFirst())
                    .orElse(null));
            fill(selected.get());
        }, errors::report);
    }

    /** Empties the form for a new task of the template. */
    public void startNew() {
        selected.set(null);
        fill(null);
    }

    /** Saves the form: the selected task changed, or a new one added at the end. */
    public void save() {
        ChecklistItemDraft draft = draft();
        ChecklistItem editing = selected.get();
        if (fieldErrors.show(draft.validate(), ChecklistItemDraft.TITLE)) {
            saving.run(() -> editing == null ? service.addToChecklist(draft)
                    : service.updateChecklistItem(editing.id(), draft), saved -> reload(Optional.of(saved.id())));
        }
    }

    /** Asks, then removes the selected task from the template. */
    public void removeSelected() {
        ChecklistItem item = selected.get();
        if (item != null && dialogs.confirm(messages.text("checklist.remove.title"),
                messages.text("checklist.remove.question", titleOf(item)), messages.text("checklist.remove"))) {
            runner.run(() -> {
                service.removeFromChecklist(item.id());
                return item;
            }, removed -> reload(Optional.empty()), failure -> {
                errors.report(failure);
                reload(Optional.empty());
            });
        }
    }

    private void fill(ChecklistItem item) {
        title.set(item == null ? "" : titleOf(item));
        category.set(item == null ? null : item.category());
        owner.set(item == null ? "" : item.owner());
        offsetDays.set(item == null ? DEFAULT_OFFSET : item.offsetDays());
        fieldErrors.show(java.util.List.of(), ChecklistItemDraft.TITLE);
    }

    /**
     * What the form holds. A standard task whose title, shown in the reader's language, was left as it was keeps
     * its stored title, and so stays a standard task that each reader sees in their language.
     */
    private ChecklistItemDraft draft() {
        ChecklistItem editing = selected.get();
        String typed = title.get();
        String kept = editing != null && editing.standard().isPresent() && typed != null
                && typed.strip().equals(titleOf(editing)) ? editing.title() : typed;
        return new ChecklistItemDraft(kept, category.get(), owner.get(), offsetDays.get());
    }

    /** A task's title as this reader sees it. */
    public String titleOf(ChecklistItem item) {
        return titleOf.apply(item);
    }

    public ObservableList<ChecklistItem> items() {
        return items;
    }

    public ObjectProperty<ChecklistItem> selectedProperty() {
        return selected;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LogisticsCategory> categoryProperty() {
        return category;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<Integer> offsetDaysProperty() {
        return offsetDays;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
