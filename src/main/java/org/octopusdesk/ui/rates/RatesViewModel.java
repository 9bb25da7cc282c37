package org.octopusdesk.ui.rates;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.ImportReport;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The rates screen: the rates of one currency over time, and imports of ECB files with their report. */
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

    public RatesViewModel(RatesService service, BackgroundRunner runner, DialogService dialogs, ErrorReporter errors,
            Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        currency.addListener((observable, old, code) -> loadHistory());
    }

    /** Reads the currencies that have rates, keeping the chosen one (USD at first). */
    public void reload() {
        runner.run(service::currenciesWithRates, codes -> {
            String chosen = currency.get();
            currencies.setAll(codes);
            if (chosen == null || !codes.contains(chosen)) {
                currency.set(codes.contains(DEFAULT_CURRENCY) ? DEFAULT_CURRENCY : codes.stream().findFirst()
                        .orElse(null));
            } else {
                loadHistory();
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
            if (code.equals(currency.get())) {
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

    public ObservableList<ExchangeRate> history() {
        return history;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty importProgressProperty() {
        return importProgress;
    }
}
