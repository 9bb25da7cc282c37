package org.octopusdesk.ui.common;

import org.octopusdesk.i18n.Messages;

/** The values of an audit entry in the reader's language. */
public final class AuditText {

    private AuditText() {
    }

    /**
     * The stored "key: value" lines in the reader's language: field names, and coded values such as a donor's
     * kind, are message keys; other text (and the continuation lines of long values) is shown as stored.
     */
    public static String readable(String lines, Messages messages) {
        StringBuilder text = new StringBuilder();
        for (String line : lines.split("\n", -1)) {
            int colon = line.indexOf(": ");
            if (text.length() > 0) {
                text.append('\n');
            }
            if (colon > 0 && isKey(line.substring(0, colon), messages)) {
                String value = line.substring(colon + 2);
                text.append(messages.text(line.substring(0, colon))).append(" : ".substring(
                        messages.language().equals("fr") ? 0 : 1))
                        .append(isKey(value, messages) ? messages.text(value) : value);
            } else {
                text.append(line);
            }
        }
        return text.toString();
    }

    private static boolean isKey(String text, Messages messages) {
        return text.matches("[a-z]+(\\.[a-zA-Z_]+)+") && !messages.text(text).equals(text);
    }

}
