package org.octopusdesk.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.EuroEstimate;

/**
 * The words and figures of a report in its language, written as the screens write them ("EUR 161,051.34",
 * "161 051,34"), plus the few phrases every report shares: page furniture, periods, estimates.
 */
public final class ReportWords {

    /** What a cell says when there is nothing to say: a dash, never an empty cell a reader could take for 0. */
    public static final String NONE = "\u2014";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final ZoneId zone;

    public ReportWords(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public Messages messages() {
        return messages;
    }

    public String language() {
        return messages.language();
    }

    public String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    public String date(LocalDate date) {
        return messages.date(date);
    }

    public String euros(BigDecimal amount) {
        return messages.euros(amount);
    }

    /** Euros without the code, for a column whose header says EUR. */
    public String number(BigDecimal amount) {
        return messages.number(amount);
    }

    /** A number rounded to a whole one, for a chart's axis and bars: "161,051", "161 051". */
    public String wholeNumber(BigDecimal value) {
        return messages.number(value.setScale(0, java.math.RoundingMode.HALF_UP));
    }

    public String money(Money money) {
        return messages.money(money);
    }

    public String percent(BigDecimal percent) {
        return messages.percent(percent);
    }

    /** A stored rate as a table prints it, units per euro as published ("1.5523"), or a dash for euros. */
    public String rate(java.util.Optional<ExchangeRate> rate) {
        return rate.map(used -> messages.number(used.asPublished())).orElse(NONE);
    }

    /** The publication date of a stored rate, or a dash for euros. */
    public String rateDate(java.util.Optional<ExchangeRate> rate) {
        return rate.map(used -> date(used.date())).orElse(NONE);
    }

    public String period(LocalDate from, LocalDate to) {
        return date(from) + " \u2013 " + date(to);
    }

    public ReportDocument.PageLabels labels(Instant generatedAt, LocalDate dataAsOf) {
        var moment = generatedAt.atZone(zone);
        return new ReportDocument.PageLabels(messages.text("report.pageOf"),
                messages.text("report.generated", moment.toLocalDate(), TIME.format(moment), dataAsOf),
                messages.text("report.continued"),
                // The author every report names: the secretariat, in the report's language, not the user.
                messages.text("app.subtitle"));
    }

    /** {@code figure} as a table shows it: with "≈ " before it when it is an estimate, as it is. */
    public static String approximately(String figure, boolean estimated) {
        return estimated ? "\u2248 " + figure : figure;
    }

    /**
     * An estimate, always said to be one, with the date of its rates and what it could not include; amounts all in
     * euros are no estimate, and nothing is nothing.
     */
    public String estimate(EuroEstimate estimate) {
        if (estimate.nothing()) {
            // "About EUR 0.00, an estimate" of nothing said a figure was uncertain that is not.
            return messages.text("estimate.nothing");
        }
        String euros = euros(estimate.euros());
        if (estimate.exact()) {
            // Pledged in euros: "about EUR 30,000.00, an estimate at the ECB rates" named rates nobody used.
            return messages.text("estimate.inEuros", euros);
        }
        String text = estimate.usesOlderRates()
                ? messages.text("estimate.olderRates", euros, estimate.ratesFrom(), estimate.asOf())
                : messages.text("estimate.atRatesOf", euros, estimate.asOf());
        if (!estimate.complete()) {
            text = text + " " + messages.text("estimate.without", String.join(", ", estimate.withoutRate()));
        }
        return text;
    }
}
