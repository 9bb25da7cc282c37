package org.octopusdesk.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;

/** Small builders shared by the forms: date fields, a message under each field, the conversion line. */
public final class Forms {

    private Forms() {
    }

    /** A date field outside a form; see {@link DateFields}. */
    public static DatePicker datePicker(Messages messages) {
        return DateFields.create(messages);
    }

    /**
     * The field with its error message under it. The message has a line of its own even while empty, so that a
     * message appearing or going never moves what lies below (the form's buttons under the pointer); a longer one
     * wraps and takes more room. A field whose message is a form's {@link FieldMessage} is checked when left.
     */
    public static VBox withError(Node field, StringProperty error) {
        Label message = new Label();
        // A space, not nothing: an empty label would take no height and the line would not be kept.
        message.textProperty().bind(javafx.beans.binding.Bindings.when(error.isEmpty()).then(" ").otherwise(error));
        message.getStyleClass().addAll("field-error");
        message.setWrapText(true);
        // The field decides the width; a long message wraps under it instead of widening or being cut.
        message.setPrefWidth(1);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.visibleProperty().bind(error.isNotEmpty());
        if (error instanceof FieldMessage checked) {
            checkWhenLeft(field, checked::check);
        }
        VBox box = new VBox(2, field, message);
        box.setFillWidth(true);
        return box;
    }

    /**
     * Runs {@code check} when the focus leaves {@code field} and whatever is inside it (a date's text, a list), once
     * the person has worked in it. A field the focus only passed through (a form opens on its first field; a click
     * goes to the third) says nothing: "Required." beside a field not yet reached is noise; nor does a field left for
     * the form's Cancel, or for another window (the question Escape asks). Save checks them all.
     */
    public static void checkWhenLeft(Node field, Runnable check) {
        boolean[] touched = {false};
        field.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> touched[0] = true);
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            KeyCode key = event.getCode();
            if (key != KeyCode.TAB && !key.isNavigationKey() && !key.isModifierKey() && !key.isFunctionKey()) {
                touched[0] = true;
            }
        });
        field.focusWithinProperty().addListener((observable, was, now) -> {
            if (!now && touched[0] && stillInTheForm(field) && !towardsCancel(field)) {
                check.run();
            }
        });
    }

    /**
     * Whether the focus went elsewhere in the form's own window: a question the form asks (Escape's "Close this
     * form…?") or another window taking the focus leaves the person's work where it was, and says nothing of it.
     */
    private static boolean stillInTheForm(Node field) {
        return field.getScene() != null && field.getScene().getWindow() != null
                && field.getScene().getWindow().isFocused();
    }

    /**
     * Whether the focus left for the form's Cancel: the person is leaving the form, and its messages would only
     * stand behind the question Cancel asks ("Earmark 1: choose a project." for a line just added). Save checks
     * everything if they stay.
     */
    private static boolean towardsCancel(Node field) {
        return field.getScene() != null && field.getScene().getFocusOwner() instanceof Button button
                && button.isCancelButton();
    }

    /**
     * The conversion line of a money form: green when it converts, red with the reason when it cannot; under it,
     * when a recent rate is missing and the form allows it, the offer to update the rates from the ECB.
     *
     * @param id the id of the line's label; the offer's link is {@code id + "-update"}
     */
    public static Node conversionPreview(String id, ConversionPreview preview, Messages messages) {
        Hyperlink update = new Hyperlink(messages.text("rates.update.offer"), Icons.icon(Icons.DOWNLOAD));
        update.setId(id + "-update");
        HoverTooltips.explain(update, messages.text("rates.update.offer.tooltip"));
        update.setOnAction(event -> preview.updateRates());
        update.visibleProperty().bind(preview.updateOfferedProperty());
        update.managedProperty().bind(update.visibleProperty());
        VBox line = new VBox(2, conversionLabel(id, preview), update);
        line.setFillWidth(true);
        return line;
    }

    private static Label conversionLabel(String id, ConversionPreview preview) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("money-preview");
        label.textProperty().bind(preview.textProperty());
        label.setWrapText(true);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setGraphic(Icons.icon(Icons.CONVERT));
        Runnable style = () -> {
            label.getStyleClass().removeAll("danger", "success");
            label.getStyleClass().add(preview.problemProperty().get() ? "danger" : "success");
        };
        preview.problemProperty().addListener((observable, old, problem) -> style.run());
        style.run();
        return label;
    }
}
