package org.octopusdesk.ui.conferences;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.RetentionPurge;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The retention purge: its preview as of a day, read again when the day changes, and the purge once confirmed. */
public final class RetentionPurgeViewModel {

    private final RetentionPurge retention;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final LocalDate today;
    private final ObjectProperty<LocalDate> asOf;
    private final ObservableList<RetentionPurge.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();

    public RetentionPurgeViewModel(RetentionPurge retention, LocalDate today, BackgroundRunner runner,
            DialogService dialogs, ErrorReporter errors, Messages messages) {
        this.retention = retention;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.today = today;
        this.asOf = new SimpleObjectProperty<>(today);
        asOf.addListener((observable, old, day) -> refresh());
        refresh();
    }

    /** Reads the preview again for the day shown. */
    public void refresh() {
        LocalDate day = asOf.get();
        if (day == null) {
            show(List.of());
            return;
        }
        runner.run(() -> retention.preview(day), loaded -> {
            if (day.equals(asOf.get())) {
                show(loaded);
            }
        }, errors::report);
    }

    private void show(List<RetentionPurge.Line> loaded) {
        lines.setAll(loaded);
        total.set(loaded.stream().mapToInt(RetentionPurge.Line::participants).sum());
    }

    /** "2019 – Octopus Conference 2019: 12 participants (kept 24 months, over since 23 Nov 2021)". */
    public String describe(RetentionPurge.Line line) {
        return messages.text("purge.line", Integer.toString(line.edition().year()), line.edition().title(),
                line.participants(), line.edition().retentionMonths(), messages.date(line.purgeFrom()));
    }

    public String totalText() {
        return messages.text("purge.total", total.get());
    }

    /** Whether there is something to purge on a day that is not after today. */
    public BooleanBinding canPurge() {
        return Bindings.createBooleanBinding(() -> total.get() > 0 && asOf.get() != null
                && !asOf.get().isAfter(today), total, asOf);
    }

    /** Asks, then purges what the preview shows; {@code onDone} runs once the purge is written. */
    public void purge(Runnable onDone) {
        LocalDate day = asOf.get();
        if (!canPurge().get() || !dialogs.confirm(messages.text("purge.title"),
                messages.text("purge.question", total.get(), lines.size()), messages.text("purge.confirm"))) {
            return;
        }
        runner.run(() -> retention.purge(day), purged -> {
            dialogs.showInformation(messages.text("purge.done.title"), messages.text("purge.done",
                    purged.stream().mapToInt(RetentionPurge.Line::participants).sum()));
            refresh();
            onDone.run();
        }, failure -> {
            errors.report(failure);
            refresh();
        });
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<RetentionPurge.Line> lines() {
        return lines;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }
}
