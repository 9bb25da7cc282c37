package org.octopusdesk.ui.rates;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.EcbRatesUpdate;
import org.octopusdesk.service.rates.ImportReport;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.service.rates.RatesUpdateCancelledException;
import org.octopusdesk.service.rates.RatesUpdateReport;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * The rates screen: the rates of one currency over time, imports of ECB files and updates from the ECB's site, each
 * with its report.
 */
public final class RatesViewModel {

    static final String DEFAULT_CURRENCY = "USD";
    static final int AUDIT_ENTRIES_SHOWN = 100;

    private final RatesService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>();
    private final ObservableList<ExchangeRate> history = FXCollections.observableArrayList();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty importProgress = new SimpleDoubleProperty();
    private final EcbRatesUpdate updates;
    private final BooleanProperty updating = new SimpleBooleanProperty();
    private final StringProperty updateStatus = new SimpleStringProperty("");
    /** A rate just saved, for the screen to select once its currency's history shows it; then cleared. */
    private final ObjectProperty<ExchangeRate> justSaved = new SimpleObjectProperty<>();
    private final StringProperty sources = new SimpleStringProperty("");
    /** Set by Cancel on the FX thread, read by the download on the background thread. */
    private final java.util.concurrent.atomic.AtomicBoolean cancelRequested =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicLong bytesReceived = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong bytesAnnounced = new java.util.concurrent.atomic.AtomicLong();

    public RatesViewModel(RatesService service, EcbRatesUpdate updates, BackgroundRunner runner,
            DialogService dialogs, ErrorReporter errors, Messages messages) {
        this.service = service;
        this.updates = updates;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        currency.addListener((observable, old, code) -> loadHistory());
        history.addListener((ListChangeListener<ExchangeRate>) change -> sources.set(
                sourcesOf(history)));
    }

    /**
     * Where the shown rates come from, for the line under their chart: the ECB's terms ask for "Source: ECB
     * statistics" with its data, and a currency with manual rates only must not be credited to the ECB.
     */
    private String sourcesOf(List<ExchangeRate> rates) {
        List<String> names = rates.stream().map(ExchangeRate::source).distinct().sorted()
                .map(source -> source == RateSource.ECB ? messages.text("rates.sourceEcbStatistics")
                        : messages.text(source.messageKey()))
                .toList();
        return names.isEmpty() ? "" : messages.text("rates.sources", names.size(),
                String.join(messages.text("rates.sources.separator"), names));
    }

    /** Where the shown rates come from, "Source: ECB statistics" for the ECB's; empty when none is shown. */
    public ReadOnlyStringProperty sourcesProperty() {
        return sources;
    }

    /** Reads the currencies that have rates, keeping the chosen one (USD at first). */
    public void reload() {
        reload(currency.get());
    }

    /**
     * A manual rate was saved: shows its currency's history, whichever currency was shown (a rate of a currency that
     * had none adds it to the list), and has the screen select the rate ({@link #justSavedProperty()}).
     */
    public void showSaved(ExchangeRate saved) {
        justSaved.set(saved);
        reload(saved.currency());
    }

    private void reload(String wanted) {
        runner.run(service::currenciesWithRates, codes -> {
            String chosen = wanted;
            String kept = chosen != null && codes.contains(chosen) ? chosen
                    : codes.contains(DEFAULT_CURRENCY) ? DEFAULT_CURRENCY : codes.stream().findFirst().orElse(null);
            // A combo box clears its value when its items are replaced: replace them only when they changed (the
            // converter's choice stays), and set the chosen currency back, which reloads its history.
            if (!currencies.equals(codes)) {
                currencies.setAll(codes);
            }
            if (java.util.Objects.equals(currency.get(), kept)) {
                loadHistory();
            } else {
                currency.set(kept);
            }
        }, errors::report);
    }

    private void loadHistory() {
        String code = currency.get();
        if (code == null) {
            history.clear();
            return;
        }
        runner.run(() -> service.history(code), rates -> {
            // The same rates read again (the area's refresh after a save) are left as they are: replacing them
            // would clear the table's selection, the manual rate just saved and selected among them.
            if (code.equals(currency.get()) && !history.equals(rates)) {
                history.setAll(rates);
            }
        }, errors::report);
    }

    /** Imports an ECB file in the background with progress, then says what it added, skipped and refused. */
    public void importFile(Path file) {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        importProgress.set(0);
        runner.runWithProgress(progress -> service.importFile(file, progress), importProgress::set, report -> {
            importing.set(false);
            dialogs.showInformation(messages.text("rates.import.title"), describe(report));
            reload();
        }, failure -> {
            importing.set(false);
            errors.report(failure);
        });
    }

    /**
     * Downloads the latest ECB rates in the background and imports them, with the bytes received shown as they
     * come; then says what it added and up to which day the rates now go. Cancel stops the download.
     */
    public void updateFromEcb() {
        if (importing.get()) {
            return;
        }
        importing.set(true);
        updating.set(true);
        importProgress.set(0);
        cancelRequested.set(false);
        bytesReceived.set(0);
        bytesAnnounced.set(-1);
        updateStatus.set(messages.text("rates.update.connecting"));
        runner.runWithProgress(progress -> updates.update(false, (received, announced) -> {
            bytesReceived.set(received);
            bytesAnnounced.set(announced);
        }, progress, cancelRequested::get), share -> {
            importProgress.set(share);
            updateStatus.set(downloadStatus());
        }, report -> {
            finishUpdate();
            dialogs.showInformation(messages.text("rates.update.title"), describe(report));
            reload();
        }, failure -> {
            finishUpdate();
            // A cancel is the person's own doing: the bar stops, no dialog repeats it.
            if (!(failure instanceof RatesUpdateCancelledException)) {
                errors.report(failure);
            }
        });
    }

    /** Stops the download under way; what came so far is thrown away and nothing is changed. */
    public void cancelUpdate() {
        cancelRequested.set(true);
    }

    private void finishUpdate() {
        importing.set(false);
        updating.set(false);
        updateStatus.set("");
    }

    private String downloadStatus() {
        long received = kilobytes(bytesReceived.get());
        long announced = bytesAnnounced.get();
        return announced > 0 ? messages.text("rates.update.downloadingOf", received, kilobytes(announced))
                : messages.text("rates.update.downloading", received);
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    String describe(RatesUpdateReport report) {
        ImportReport imported = report.imported();
        String summary = imported.added() > 0
                ? messages.text("rates.update.summary", imported.added(), imported.firstDay(), imported.lastDay(),
                        report.newestDay())
                : messages.text("rates.update.upToDate", imported.firstDay(), imported.lastDay(), report.newestDay());
        return summary + "\n\n" + describe(imported) + "\n" + messages.text("rates.update.source",
                report.source().toString(), kilobytes(report.bytes()));
    }

    String describe(ImportReport report) {
        StringBuilder text = new StringBuilder(messages.text("cli.rates.imported", report.days(), report.added(),
                report.unchanged(), report.conflicts().size()));
        List<ImportReport.Conflict> shown = report.conflicts().stream().limit(10).toList();
        for (ImportReport.Conflict conflict : shown) {
            text.append('\n').append(messages.text("cli.rates.conflict", conflict.currency(), conflict.date(),
                    messages.number(conflict.stored()), messages.number(conflict.inFile())));
        }
        if (report.conflicts().size() > shown.size()) {
            text.append('\n').append(messages.text("rates.import.moreConflicts",
                    report.conflicts().size() - shown.size()));
        }
        return text.toString();
    }

    /** Reads the latest imports and manual rates from the audit trail, newest first. */
    public void loadAuditTrail(java.util.function.Consumer<List<org.octopusdesk.domain.audit.AuditEntry>> show) {
        runner.run(() -> service.auditTrail(AUDIT_ENTRIES_SHOWN), show, errors::report);
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    /** The rate saved last, until the screen has selected it in the history, which clears it. */
    public ObjectProperty<ExchangeRate> justSavedProperty() {
        return justSaved;
    }

    public ObservableList<ExchangeRate> history() {
        return history;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty importProgressProperty() {
        return importProgress;
    }

    public BooleanProperty updatingProperty() {
        return updating;
    }

    /** What the update is doing ("Downloading… 312 KB of 590 KB"), empty when none runs. */
    public StringProperty updateStatusProperty() {
        return updateStatus;
    }
}
