package org.octopusdesk.ui.common;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.octopusdesk.domain.spending.SpendingWarning;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.spending.SpendingWarningException;

/**
 * Saves an expenditure line from a form, asking first about what is unusual in it: every reason the service gives
 * ({@link SpendingWarningException}) in one question, then the same save with them confirmed. Cancelling leaves the
 * form open as it was. The spending form and a conference's actual cost book lines the same way.
 */
public final class SpendingSave {

    private final FormSave saving;
    private final DialogService dialogs;
    private final Messages messages;

    public SpendingSave(FormSave saving, DialogService dialogs, Messages messages) {
        this.saving = saving;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Runs {@code save} with what the person has confirmed so far, at first nothing. */
    public <T> void run(Function<Set<SpendingWarning>, T> save, Consumer<T> onSaved) {
        submit(save, EnumSet.noneOf(SpendingWarning.class), onSaved);
    }

    private <T> void submit(Function<Set<SpendingWarning>, T> save, Set<SpendingWarning> confirmed,
            Consumer<T> onSaved) {
        saving.run(() -> save.apply(confirmed), onSaved, failure -> {
            if (!(failure instanceof SpendingWarningException unusual)) {
                return false;
            }
            String reasons = unusual.found().stream()
                    .map(found -> messages.text(found.messageKey(), found.arguments().toArray()))
                    .collect(Collectors.joining("\n\n"));
            if (dialogs.confirm(messages.text("expenditure.warning.title"), reasons,
                    messages.text("expenditure.warning.confirm"))) {
                Set<SpendingWarning> now = EnumSet.copyOf(unusual.kinds());
                now.addAll(confirmed);
                submit(save, now, onSaved);
            }
            return true;
        });
    }
}
