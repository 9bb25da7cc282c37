package org.octopusdesk.ui.check;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.DifferenceWords;
import org.octopusdesk.service.check.CheckReport;
import org.octopusdesk.service.check.DataCheck;
import org.octopusdesk.service.check.Difference;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.RoleGate;

/**
 * Help › Check data: runs the check in the background with its progress, lists what differs, and repairs it after
 * the person confirmed; the repair is followed by a new check, so the screen shows what is stored afterwards.
 */
public final class DataCheckViewModel {

    /** One differing figure, in words. */
    public record Row(String record, String figure, String stored, String recomputed) {
    }

    private final DataCheck check;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final DifferenceWords words;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty more = new SimpleStringProperty("");
    private final BooleanProperty repairable = new SimpleBooleanProperty();
    private final BooleanProperty agrees = new SimpleBooleanProperty();
    private final ObservableList<Row> differences = FXCollections.observableArrayList();
    private long differenceCount;
    private final RoleGate gate;

    /** @param gate whether the session's role may repair (a programme manager's); every role may check */
    public DataCheckViewModel(DataCheck check, BackgroundRunner runner, DialogService dialogs, ErrorReporter errors,
            Messages messages, RoleGate gate) {
        this.check = check;
        this.gate = gate;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.words = new DifferenceWords(messages);
    }

    /** Checks every derived figure; changes nothing. */
    public void check() {
        start(messages.text("check.running"));
        runner.runWithProgress(check::check, progress::set, this::show, this::failed);
    }

    /** Asks, then rebuilds the differing figures from the payments and checks again. */
    public void repair() {
        if (!repairable.get() || !dialogs.confirm(messages.text("check.repair.confirm.title"),
                messages.text("check.repair.confirm.message", differenceCount), messages.text("check.repair"))) {
            return;
        }
        start(messages.text("check.repairing"));
        runner.runWithProgress(check::repair, progress::set, repaired -> {
            String done = words.summary(repaired);
            runner.runWithProgress(check::check, progress::set, after -> {
                show(after);
                if (after.agrees()) {
                    summary.set(done);
                }
            }, this::failed);
        }, this::failed);
    }

    private void start(String message) {
        running.set(true);
        repairable.set(false);
        progress.set(0);
        summary.set(message);
    }

    private void show(CheckReport report) {
        running.set(false);
        progress.set(1);
        differenceCount = report.differenceCount();
        agrees.set(report.agrees());
        summary.set(words.summary(report));
        more.set(words.more(report));
        differences.setAll(report.differences().stream().map(this::row).toList());
        repairable.set(!report.agrees() && gate.allows(Permission.REPAIR_TOTALS));
    }

    private Row row(Difference difference) {
        return new Row(words.subject(difference), words.field(difference),
                words.value(difference, difference.stored()), words.value(difference, difference.recomputed()));
    }

    private void failed(Throwable failure) {
        running.set(false);
        progress.set(0);
        summary.set("");
        errors.report(failure);
    }

    /** Why the role may not repair what the check finds, shown under the actions; empty when it may. */
    public java.util.Optional<String> repairRefusal() {
        return gate.reason(Permission.REPAIR_TOTALS);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty moreProperty() {
        return more;
    }

    public ReadOnlyBooleanProperty repairableProperty() {
        return repairable;
    }

    /** True once a check found every figure in agreement. */
    public ReadOnlyBooleanProperty agreesProperty() {
        return agrees;
    }

    public ObservableList<Row> differences() {
        return differences;
    }
}
