package org.octopusdesk.ui.common;

import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.EuroEstimate;

/** How an estimate in euros is written: always as an estimate, with the date of its rates and what it lacks. */
public final class EstimateText {

    private EstimateText() {
    }

    public static String of(EuroEstimate estimate, Messages messages) {
        String euros = messages.euros(estimate.euros());
        String text = estimate.usesOlderRates()
                ? messages.text("estimate.olderRates", euros, estimate.ratesFrom(), estimate.asOf())
                : messages.text("estimate.atRatesOf", euros, estimate.asOf());
        if (!estimate.complete()) {
            text = text + " " + messages.text("estimate.without", String.join(", ", estimate.withoutRate()));
        }
        return text;
    }
}
