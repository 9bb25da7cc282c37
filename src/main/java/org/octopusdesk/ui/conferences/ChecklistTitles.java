package org.octopusdesk.ui.conferences;

import java.util.function.Function;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.i18n.Messages;

/**
 * A checklist task's title as a reader sees it: the application's standard tasks in the reader's language
 * ({@code checklist.standard.venue}…), the secretariat's own as they wrote them (decision 0047).
 */
final class ChecklistTitles {

    private ChecklistTitles() {
    }

    static Function<ChecklistItem, String> in(Messages messages) {
        return item -> item.standard().map(standard -> messages.text("checklist.standard." + standard))
                .orElse(item.title());
    }
}
