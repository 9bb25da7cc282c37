package org.octopusdesk.ui.countries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.country.AssistanceActivity;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.AssistanceService;
import org.octopusdesk.service.countries.ChartLine;
import org.octopusdesk.service.countries.CountryService;
import org.octopusdesk.service.countries.TreatyService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/** A country's page: its T-CY status on the chart's date, its recorded statuses, instruments and assistance. */
public final class CountryPageViewModel {

    private final CountryService countries;
    private final TreatyService treaties;
    private final AssistanceService assistance;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Country> country = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> instruments = FXCollections.observableArrayList();
    private final ObservableList<String> activities = FXCollections.observableArrayList();

    public CountryPageViewModel(CountryService countries, TreatyService treaties, AssistanceService assistance,
            BackgroundRunner runner, ErrorReporter errors, Messages messages) {
        this.countries = countries;
        this.treaties = treaties;
        this.assistance = assistance;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
    }

    /** Shows {@code shown} (or nothing) as of {@code date}; an answer for an earlier choice is dropped. */
    public void show(Country shown, LocalDate date) {
        country.set(shown);
        status.set("");
        statuses.clear();
        instruments.clear();
        activities.clear();
        if (shown == null || date == null) {
            return;
        }
        runner.run(() -> new Page(countries.tcyStatusOn(shown.code(), date), countries.statusHistory(shown.code()),
                treaties.ofCountry(shown.code()), assistance.ofCountry(shown.code())), page -> {
                    if (shown.equals(country.get())) {
                        status.set(messages.text("countries.page.status", messages.date(date),
                                messages.text(page.status().messageKey())));
                        statuses.setAll(page.history().stream().map(this::describe).toList());
                        instruments.setAll(page.lines().stream().map(this::describe).toList());
                        activities.setAll(page.activities().stream().map(this::describe).toList());
                    }
                }, errors::report);
    }

    private String describe(TcyStatusEntry entry) {
        String line = messages.date(entry.validFrom()) + " · " + messages.text(entry.status().messageKey());
        return entry.note().isEmpty() ? line : line + " · " + entry.note();
    }

    private String describe(ChartLine line) {
        String kind = line.record().depositKind() == null ? messages.text("depositKind.RATIFICATION")
                : messages.text(line.record().depositKind().messageKey());
        return messages.text("countries.page.instrumentLine",
                messages.text(line.record().instrument().shortKey()),
                date(Optional.ofNullable(line.record().signature())), kind,
                date(Optional.ofNullable(line.record().deposit())), date(line.entryIntoForce()));
    }

    String describe(AssistanceActivity activity) {
        var details = activity.details();
        String dates = details.start().equals(details.end()) ? messages.date(details.start())
                : messages.date(details.start()) + " – " + messages.date(details.end());
        return dates + " · " + messages.text(details.kind().messageKey()) + " · " + details.description();
    }

    private String date(Optional<LocalDate> date) {
        return date.map(messages::date).orElse(messages.text("countries.page.noDate"));
    }

    public ReadOnlyObjectProperty<Country> countryProperty() {
        return country.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> statuses() {
        return statuses;
    }

    public ObservableList<String> instruments() {
        return instruments;
    }

    public ObservableList<String> activities() {
        return activities;
    }

    private record Page(TcyStatus status, List<TcyStatusEntry> history, List<ChartLine> lines,
            List<AssistanceActivity> activities) {
    }
}
