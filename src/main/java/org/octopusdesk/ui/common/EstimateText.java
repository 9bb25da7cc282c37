package org.octopusdesk.ui.common;

import java.time.ZoneId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.contributions.EuroEstimate;

/** How an estimate in euros is written on screen: in the very words of the reports. */
public final class EstimateText {

    private EstimateText() {
    }

    public static String of(EuroEstimate estimate, Messages messages) {
        return new ReportWords(messages, ZoneId.systemDefault()).estimate(estimate);
    }
}
