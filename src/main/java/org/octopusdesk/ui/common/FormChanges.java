package org.octopusdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * What a form's fields held before the person first touched it, to tell whether closing it now would lose something
 * they typed or chose since. Read from the fields themselves, so that every form has it without listing its fields:
 * a text, a box's choice (a date picker's date), a tick, a spinner's value, in the order of the form.
 */
final class FormChanges {

    private final DialogPane form;
    private List<Object> opened;

    FormChanges(DialogPane form) {
        this.form = form;
        // Not when the form is shown: what it reads in the background (an edition's project) comes after that, and
        // would count as typed. At the first key or click in it, it has come and nothing is typed yet.
        EventHandler<InputEvent> firstTouch = event -> {
            if (opened == null) {
                opened = values(form.getContent());
            }
        };
        form.addEventFilter(KeyEvent.KEY_PRESSED, firstTouch);
        form.addEventFilter(MouseEvent.MOUSE_PRESSED, firstTouch);
    }

    /** Whether a field differs from before the person's first key or click; with none, nothing was typed. */
    boolean changed() {
        return opened != null && !opened.equals(values(form.getContent()));
    }

    private static List<Object> values(Node content) {
        List<Object> values = new ArrayList<>();
        if (content != null) {
            collect(content, values);
        }
        return values;
    }

    private static void collect(Node node, List<Object> values) {
        if (node instanceof TextInputControl text) {
            values.add(text.getText());
        } else if (node instanceof ComboBoxBase<?> box) {
            // Its value, not the parts inside it: a searchable box's search text is no choice.
            values.add(box.getValue());
        } else if (node instanceof CheckBox box) {
            values.add(box.isSelected());
        } else if (node instanceof Toggle toggle) {
            values.add(toggle.isSelected());
        } else if (node instanceof Spinner<?> spinner) {
            values.add(spinner.getValue());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, values));
        }
    }
}
