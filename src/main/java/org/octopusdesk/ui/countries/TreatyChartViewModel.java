package org.octopusdesk.ui.countries;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TreatyCounts;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.ChartLine;
import org.octopusdesk.service.countries.PartiesOnDate;
import org.octopusdesk.service.countries.TreatyImportException;
import org.octopusdesk.service.countries.TreatyService;
import org.octopusdesk.ui.common.ImportLines;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** An instrument's chart as of a date: its lines filtered as the person types, its counts, its Parties over time. */
public final class TreatyChartViewModel {

    private final TreatyService treaties;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<Instrument> instrument = new SimpleObjectProperty<>(Instrument.ETS185);
    private final ObjectProperty<LocalDate> asOf;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<ChartLine> lines = FXCollections.observableArrayList();
    private final FilteredList<ChartLine> visible = new FilteredList<>(lines);
    private final ObservableList<PartiesOnDate> partiesOverTime = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ChartLine> selected = new SimpleObjectProperty<>();

    public TreatyChartViewModel(TreatyService treaties, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, Supplier<LocalDate> today) {
        this.treaties = treaties;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.asOf = new SimpleObjectProperty<>(today.get());
        instrument.addListener((observable, old, value) -> reload());
        asOf.addListener((observable, old, value) -> {
            if (value != null) {
                reload();
            }
        });
        filter.addListener((observable, old, text) -> refilter());
    }

    /** Reads the chart, its counts and its history again. */
    public void reload() {
        Instrument shown = instrument.get();
        LocalDate date = asOf.get();
        runner.run(() -> new Chart(treaties.chart(shown), treaties.counts(shown, date),
                treaties.partiesOverTime(shown)), chart -> {
                    if (shown == instrument.get() && date.equals(asOf.get())) {
                        lines.setAll(chart.lines());
                        refilter();
                        reselect();
                        partiesOverTime.setAll(chart.steps());
                        counts.set(describe(chart.counts()));
                    }
                }, errors::report);
    }

    /**
     * The country chosen before keeps its place when its line is still shown (another date, the chart read again);
     * after another instrument without it, nothing is chosen, rather than a country the chart no longer lists.
     */
    private void reselect() {
        ChartLine before = selected.get();
        selected.set(before == null ? null : visible.stream()
                .filter(line -> line.country().code().equals(before.country().code())).findFirst().orElse(null));
    }

    /** Imports a chart file: all of it, or nothing and every problem listed by line. */
    public void importFrom(Path file) {
        runner.run(() -> treaties.importFile(file), imported -> {
            dialogs.showInformation(messages.text("menu.file.importTreaties"),
                    messages.text("countries.imported", imported));
            reload();
        }, failure -> {
            if (failure instanceof TreatyImportException refused) {
                dialogs.showList(messages.text("menu.file.importTreaties"), messages.message(refused),
                        ImportLines.of(messages, refused.problems()));
            } else {
                errors.report(failure);
            }
        });
    }

    private String describe(TreatyCounts chart) {
        return messages.text("countries.counts", chart.parties(), chart.inForce(), chart.signatoriesOnly(),
                chart.invited(), messages.date(chart.asOf()));
    }

    /** The lines of countries that had signed or deposited by the date (or whose dates are unknown) and match. */
    private void refilter() {
        LocalDate date = asOf.get();
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(line -> onChartBy(line, date) && (text.isEmpty()
                || line.country().code().toLowerCase(Locale.ROOT).equals(text)
                || line.country().name(messages.locale()).toLowerCase(Locale.ROOT).contains(text)));
    }

    private static boolean onChartBy(ChartLine line, LocalDate date) {
        LocalDate first = line.record().signature() != null ? line.record().signature() : line.record().deposit();
        return date == null || first == null || !first.isAfter(date);
    }

    public ObjectProperty<Instrument> instrumentProperty() {
        return instrument;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<ChartLine> visibleLines() {
        return visible;
    }

    public ObservableList<PartiesOnDate> partiesOverTime() {
        return partiesOverTime;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ObjectProperty<ChartLine> selectedProperty() {
        return selected;
    }

    private record Chart(List<ChartLine> lines, TreatyCounts counts, List<PartiesOnDate> steps) {
    }
}
