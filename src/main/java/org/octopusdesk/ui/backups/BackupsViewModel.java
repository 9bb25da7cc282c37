package org.octopusdesk.ui.backups;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.BackupWords;
import org.octopusdesk.service.backup.BackupCheck;
import org.octopusdesk.service.backup.BackupFile;
import org.octopusdesk.service.backup.BackupService;
import org.octopusdesk.service.backup.BackupSettings;
import org.octopusdesk.service.backup.RestorePlan;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * File › Backups: the backups of the folder in the settings, a backup now, the check of one, and its restore, each
 * in the background with the outcome said in one line; the folder and the number of backups kept.
 */
public final class BackupsViewModel {

    /** One backup, in words. */
    public record Row(BackupFile file, String takenAt, String name, String size) {
    }

    /** How the last outcome reads: neutral while work runs, success, or a warning. */
    public enum Tone { NEUTRAL, SUCCESS, WARNING }

    private final BackupService backups;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final BackupWords words;
    private final Consumer<RestorePlan> restore;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty folderChosen = new SimpleBooleanProperty();
    private final IntegerProperty generations = new SimpleIntegerProperty(BackupSettings.DEFAULT_GENERATIONS);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.NEUTRAL);

    /** @param restore puts a prepared restore in place: the window closes the data and opens it again */
    public BackupsViewModel(BackupService backups, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, Consumer<RestorePlan> restore) {
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.words = new BackupWords(messages);
        this.restore = restore;
    }

    /** Reads the settings, the list and whether the last backup failed. */
    public void load() {
        runner.run(() -> new Listing(backups.settings(), backups.folder(), backups.list(),
                backups.lastFailure().map(words::failure).orElse("")), this::show, this::failed);
    }

    public void backUpNow() {
        start(messages.text("backups.running"), -1);
        runner.run(backups::backUpNow, written -> {
            finish(messages.text("backups.done", written.fileName(), words.size(written.size())), Tone.SUCCESS);
            load();
        }, this::failedAndReload);
    }

    /** Opens the backup apart from the data and runs the money check on it; says what it found. */
    public void check(Row row) {
        start(messages.text("backups.checking", row.name()), 0);
        runner.runWithProgress(share -> backups.verify(row.file().path(), share), progress::set,
                this::showCheck, this::failed);
    }

    /** Asks, then prepares the restore in the background and hands it to the window to put in place. */
    public void restore(Row row) {
        if (!dialogs.confirm(messages.text("backups.restore.confirm.title"),
                messages.text("backups.restore.confirm.message", row.takenAt()), messages.text("backups.restore"))) {
            return;
        }
        start(messages.text("backups.restoring", row.name()), 0);
        runner.runWithProgress(share -> backups.prepareRestore(row.file().path(), share), progress::set, plan -> {
            finish(messages.text("backups.restoring.replace"), Tone.NEUTRAL);
            restore.accept(plan);
        }, this::failedAndReload);
    }

    /** Backups go to {@code chosen} from now on, or to the data folder's {@code backups/} when {@code null}. */
    public void changeFolder(Path chosen) {
        saveSettings(chosen, generations.get());
    }

    public void changeGenerations(int kept) {
        if (kept != generations.get()) {
            saveSettings(backups.settings().chosenFolder(), kept);
        }
    }

    private void saveSettings(Path chosen, int kept) {
        runner.run(() -> {
            backups.changeSettings(new BackupSettings(chosen, kept));
            return kept;
        }, saved -> load(), this::failed);
    }

    private void showCheck(BackupCheck check) {
        String name = check.file().getFileName().toString();
        if (check.agrees()) {
            finish(messages.text("backups.check.agrees", name, check.report().contributions(),
                    check.report().payments(), check.schemaVersion()), Tone.SUCCESS);
        } else {
            finish(messages.text("backups.check.differs", name, check.report().differenceCount()), Tone.WARNING);
        }
    }

    private void show(Listing listing) {
        folder.set(listing.folder().toString());
        folderChosen.set(listing.settings().chosen().isPresent());
        generations.set(listing.settings().generations());
        rows.setAll(listing.files().stream().map(file -> new Row(file, words.takenAt(file.takenAt()),
                file.fileName(), words.size(file.size()))).toList());
        if (!running.get() && outcome.get().isEmpty() && !listing.failure().isEmpty()) {
            outcome.set(listing.failure());
            tone.set(Tone.WARNING);
        }
    }

    private void start(String message, double share) {
        running.set(true);
        progress.set(share);
        outcome.set(message);
        tone.set(Tone.NEUTRAL);
    }

    private void finish(String message, Tone result) {
        running.set(false);
        progress.set(1);
        outcome.set(message);
        tone.set(result);
    }

    private void failed(Throwable failure) {
        running.set(false);
        progress.set(0);
        outcome.set(failure instanceof org.octopusdesk.domain.DomainException known ? messages.message(known) : "");
        tone.set(Tone.WARNING);
        errors.report(failure);
    }

    private void failedAndReload(Throwable failure) {
        failed(failure);
        load();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder;
    }

    /** Whether the person picked the folder (then "Use the data folder" can undo it). */
    public ReadOnlyBooleanProperty folderChosenProperty() {
        return folderChosen;
    }

    public ReadOnlyIntegerProperty generationsProperty() {
        return generations;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** From 0 to 1; -1 while a backup is written, whose progress H2 does not tell. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone;
    }

    /** What one background read found. */
    private record Listing(BackupSettings settings, Path folder, List<BackupFile> files, String failure) {
    }
}
