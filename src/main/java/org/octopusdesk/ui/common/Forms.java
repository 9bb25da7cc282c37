package org.octopusdesk.ui.common;

import java.time.LocalDate;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.octopusdesk.i18n.Messages;

/** Small builders shared by the forms: dates typed the language's way, and a message under each field. */
public final class Forms {

    private Forms() {
    }

    /**
     * A date picker that shows and reads dd/mm/yyyy and takes a typed date as soon as it is complete, so a date
     * typed and never left is not lost on saving.
     */
    public static DatePicker datePicker(Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return messages.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return messages.parseDate(text).orElse(null);
            }
        });
        picker.setPromptText(messages.text("date.prompt"));
        picker.getEditor().textProperty().addListener((observable, old, text) -> {
            if (text == null || text.isBlank()) {
                picker.setValue(null);
            } else {
                messages.parseDate(text).ifPresent(picker::setValue);
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    /** The field with its error message under it; the message takes room only when there is one. */
    public static VBox withError(Node field, StringProperty error) {
        Label message = new Label();
        message.textProperty().bind(error);
        message.getStyleClass().addAll("field-error");
        message.setWrapText(true);
        // The field decides the width; a long message wraps under it instead of widening or being cut.
        message.setPrefWidth(1);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(2, field, message);
        box.setFillWidth(true);
        return box;
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
        update.setTooltip(new Tooltip(messages.text("rates.update.offer.tooltip")));
        update.setOnAction(event -> preview.updateRates());
        update.visibleProperty().bind(preview.updateOfferedProperty());
        update.managedProperty().bind(update.visibleProperty());
        VBox line = new VBox(2, conversionLabel(id, preview), update);
        line.setFillWidth(true);
        // A dialog is sized when it opens: a longer reason and the offer must not push its buttons out of sight,
        // so the window grows by what the line grew (never shrinks under the person's hands).
        line.heightProperty().addListener((observable, old, height) -> {
            double grown = height.doubleValue() - old.doubleValue();
            javafx.stage.Window window = line.getScene() == null ? null : line.getScene().getWindow();
            if (grown > 0 && old.doubleValue() > 0 && window != null && window.isShowing()) {
                window.setHeight(window.getHeight() + grown);
            }
        });
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
