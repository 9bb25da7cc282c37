package org.octopusdesk.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.i18n.AuditText;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.audit.AuditService;
import org.octopusdesk.service.audit.AuditVerification;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * The audit trail window: the latest entries, filtered by record type, and the verification of the whole chain
 * in the background with its outcome in plain words.
 */
public final class AuditTrailViewModel {

    /** How many of the newest entries the window lists. */
    static final int ENTRIES_SHOWN = 500;

    /** Where a verification stands; the view colours its outcome by it. */
    public enum Outcome {
        NOT_VERIFIED,
        INTACT,
        BROKEN
    }

    private final AuditService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    /** Record types to choose from; {@code ""} stands for all of them. */
    private final ObservableList<String> recordTypes = FXCollections.observableArrayList("");
    private final StringProperty recordType = new SimpleStringProperty("");
    private final ObservableList<AuditRow> entries = FXCollections.observableArrayList();
    private final BooleanProperty verifying = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NOT_VERIFIED);
    private final StringProperty outcomeText = new SimpleStringProperty("");

    public AuditTrailViewModel(AuditService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        recordType.addListener((observable, old, type) -> {
            // A choice box clears its value when its items are replaced: that means all types again.
            if (type == null) {
                recordType.set("");
            } else {
                loadEntries();
            }
        });
    }

    /** Reads the record types and the newest entries of the chosen one. */
    public void reload() {
        runner.run(service::recordTypes, types -> {
            List<String> choices = new ArrayList<>(types.size() + 1);
            choices.add("");
            choices.addAll(types);
            recordTypes.setAll(choices);
            if (!choices.contains(recordType.get())) {
                recordType.set("");
            } else {
                loadEntries();
            }
        }, errors::report);
    }

    private void loadEntries() {
        String type = recordType.get();
        runner.run(() -> service.latest(type, null, ENTRIES_SHOWN), rows -> {
            if (type.equals(recordType.get())) {
                entries.setAll(rows);
            }
        }, errors::report);
    }

    /** Walks the whole chain in the background with progress, then says whether it is intact or where it breaks. */
    public void verify() {
        if (verifying.get()) {
            return;
        }
        verifying.set(true);
        progress.set(0);
        runner.runWithProgress(service::verify, progress::set, result -> {
            verifying.set(false);
            show(result);
        }, failure -> {
            verifying.set(false);
            errors.report(failure);
        });
    }

    private void show(AuditVerification result) {
        if (result.intact()) {
            outcome.set(Outcome.INTACT);
            outcomeText.set(AuditText.intact(result.verified(), result.lastHash(), result.lastId(), messages));
        } else {
            outcome.set(Outcome.BROKEN);
            outcomeText.set(messages.text("audit.verify.broken", AuditText.describe(result.broken().orElseThrow(),
                    messages)) + "\n" + AuditText.intactBefore(result.verified(), messages));
        }
    }

    /** A record type in the reader's language: "Donor", "Versement"; all types for {@code ""}. */
    public String recordTypeName(String type) {
        if (type == null || type.isEmpty()) {
            return messages.text("audit.recordType.all");
        }
        String key = "audit.recordType." + type.toLowerCase(Locale.ROOT);
        String name = messages.text(key);
        return name.equals(key) ? type : name;
    }

    /** Which record: its type and key, as "Donor 12". */
    public String recordOf(AuditRow row) {
        return recordTypeName(row.entry().recordType()) + " " + row.entry().recordKey();
    }

    public String when(AuditRow row) {
        return messages.dateTime(row.entry().recordedAt());
    }

    public String action(AuditRow row) {
        return messages.text(row.entry().action().messageKey());
    }

    /** The values before and after, in the reader's language, each block under its caption. */
    public String changes(AuditRow row) {
        AuditEntry entry = row.entry();
        StringBuilder text = new StringBuilder();
        if (!entry.oldValues().isEmpty()) {
            text.append(messages.text("audit.before")).append('\n')
                    .append(AuditText.readable(entry.oldValues(), messages));
        }
        if (!entry.newValues().isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(messages.text(entry.oldValues().isEmpty() ? "audit.values" : "audit.after")).append('\n')
                    .append(AuditText.readable(entry.newValues(), messages));
        }
        return text.toString();
    }

    public ObservableList<String> recordTypes() {
        return recordTypes;
    }

    public StringProperty recordTypeProperty() {
        return recordType;
    }

    public ObservableList<AuditRow> entries() {
        return entries;
    }

    public BooleanProperty verifyingProperty() {
        return verifying;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText;
    }
}
