package org.octopusdesk.ui.common;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.i18n.Messages;

/**
 * Saves from a form, asking first about what is unusual in the change: every reason the service gives
 * ({@link NeedsConfirmation}) in one question, then the same save with them confirmed. Cancelling leaves the form
 * open as it was. A payment, an expenditure line and a conference's actual cost are saved this way.
 *
 * @param <K> the kinds of reason the service may give
 */
public final class ConfirmedSave<K extends Enum<K>> {

    private final FormSave saving;
    private final DialogService dialogs;
    private final Messages messages;
    private final Class<K> kinds;
    private final String titleKey;
    private final String confirmKey;

    /**
     * @param titleKey the question's title ("Confirm this payment")
     * @param confirmKey the button that confirms ("Record it")
     */
    public ConfirmedSave(FormSave saving, DialogService dialogs, Messages messages, Class<K> kinds, String titleKey,
            String confirmKey) {
        this.saving = saving;
        this.dialogs = dialogs;
        this.messages = messages;
        this.kinds = kinds;
        this.titleKey = titleKey;
        this.confirmKey = confirmKey;
    }

    /** Runs {@code save} with what the person has confirmed so far, at first nothing. */
    public <T> void run(Function<Set<K>, T> save, Consumer<T> onSaved) {
        submit(save, EnumSet.noneOf(kinds), onSaved);
    }

    private <T> void submit(Function<Set<K>, T> save, Set<K> confirmed, Consumer<T> onSaved) {
        saving.run(() -> save.apply(confirmed), onSaved, failure -> {
            if (!(failure instanceof NeedsConfirmation<?> unusual) || unusual.kindType() != kinds) {
                return false;
            }
            String reasons = unusual.found().stream()
                    .map(reason -> messages.text(reason.messageKey(), reason.arguments().toArray()))
                    .collect(Collectors.joining("\n\n"));
            if (dialogs.confirm(messages.text(titleKey), reasons, messages.text(confirmKey))) {
                Set<K> now = EnumSet.copyOf(confirmed);
                unusual.kinds().forEach(kind -> now.add(kinds.cast(kind)));
                submit(save, now, onSaved);
            }
            return true;
        });
    }
}
