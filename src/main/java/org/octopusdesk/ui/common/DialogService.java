package org.octopusdesk.ui.common;

/**
 * Every dialog a view-model opens goes through here, so view-models stay free of controls and tests can answer
 * dialogs without a window.
 */
public interface DialogService {

    /** A plain-language message; the technical details, if any, are folded away. */
    void showError(String title, String message, Throwable details);

    void showInformation(String title, String message);

    /** A message with a list under it that may be long (the lines of a refused import); true for "OK". */
    void showList(String title, String message, java.util.List<String> lines);

    /** Asks before something that cannot be undone; true when the person confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    /** A question with two answers; true for {@code yesLabel}. */
    boolean ask(String title, String message, String yesLabel, String noLabel);
}
