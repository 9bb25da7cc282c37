package org.octopusdesk.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.service.ConcurrentEditException;

/**
 * The save of every form: the service call in the background, one at a time; a refusal of the rules shown beside
 * the fields it names (the form stays open with everything typed); any other failure reported.
 */
public final class FormSave {

    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final FieldErrors fieldErrors;
    private final String fallbackField;
    private final BooleanProperty saving = new SimpleBooleanProperty();

    /** @param fallbackField where a refusal naming no field of the form is shown */
    public FormSave(BackgroundRunner runner, ErrorReporter errors, FieldErrors fieldErrors, String fallbackField) {
        this.runner = runner;
        this.errors = errors;
        this.fieldErrors = fieldErrors;
        this.fallbackField = fallbackField;
    }

    /** Runs {@code work} unless a save is already running; {@code onSaved} gets its result. */
    public <T> void run(Callable<T> work, Consumer<T> onSaved) {
        run(work, onSaved, failure -> false);
    }

    /**
     * Like {@link #run(Callable, Consumer)}; {@code handled} sees each failure first and returns true when it
     * dealt with it (a warning the person confirms, for instance).
     */
    public <T> void run(Callable<T> work, Consumer<T> onSaved, Predicate<Throwable> handled) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        runner.run(work, saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (handled.test(failure)) {
                return;
            }
            if (failure instanceof ValidationException invalid) {
                fieldErrors.showRefusal(invalid.errors(), fallbackField);
            } else if (failure instanceof ConcurrentEditException conflict) {
                // Beside the form, not in a dialog over it: what the person typed stays in view to apply again.
                fieldErrors.showRefusal(List.of(FieldError.of(fallbackField, conflict.messageKey(),
                        conflict.arguments().toArray())), fallbackField);
            } else {
                errors.report(failure);
            }
        });
    }

    public boolean isSaving() {
        return saving.get();
    }

    /** True while a save runs, to disable the Save button. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }
}
