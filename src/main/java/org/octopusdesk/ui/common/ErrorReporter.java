package org.octopusdesk.ui.common;

import java.nio.file.Path;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into what a person can read: a rule's own message for a {@link DomainException}, otherwise a
 * plain apology naming the log file, with the details folded away. Unexpected failures are logged once, here.
 */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final DialogService dialogs;
    private final Messages messages;
    private final Path logFile;

    public ErrorReporter(DialogService dialogs, Messages messages, Path logFile) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.logFile = logFile;
    }

    public void report(Throwable failure) {
        if (failure instanceof DomainException known) {
            LOG.info("Refused: {}", known.messageKey());
            dialogs.showError(messages.text("error.title"), messages.message(known), null);
        } else {
            LOG.error("Unexpected error", failure);
            dialogs.showError(messages.text("error.unexpected.title"),
                    messages.text("error.unexpected.message", String.valueOf(logFile)), failure);
        }
    }

    /**
     * The same failure told in a line of a form rather than a dialog (a preview that could not be made): a rule's
     * own message, or a plain sentence naming the log file, where the unexpected failure is logged once, here.
     */
    public String explain(Throwable failure) {
        if (failure instanceof DomainException known) {
            return messages.message(known);
        }
        LOG.error("Unexpected error", failure);
        return messages.text("error.unexpected.inline", String.valueOf(logFile));
    }
}
