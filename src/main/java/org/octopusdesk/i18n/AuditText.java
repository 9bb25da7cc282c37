package org.octopusdesk.i18n;

import org.octopusdesk.domain.audit.ChainBreak;

/** The values of an audit entry, and what breaks the audit trail's chain, in the reader's language. */
public final class AuditText {

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
                        .append(readableValue(value, messages));
            } else {
                text.append(line);
            }
        }
        return text.toString();
    }

    /** An intact trail: how many entries, and the last hash a person can note to compare with a later check. */
    public static String intact(long verified, String lastHash, long lastId, Messages messages) {
        if (verified == 0) {
            return messages.text("audit.verify.intact.empty");
        }
        return messages.text(verified == 1 ? "audit.verify.intact.one" : "audit.verify.intact", verified, lastHash,
                Long.toString(lastId));
    }

    /** How many entries before the break were found intact. */
    public static String intactBefore(long verified, Messages messages) {
        if (verified <= 1) {
            return messages.text(verified == 0 ? "audit.verify.intactBefore.none" : "audit.verify.intactBefore.one");
        }
        return messages.text("audit.verify.intactBefore", verified);
    }

    /** Where and why the chain breaks, in plain words; entry numbers are printed as stored, without grouping. */
    public static String describe(ChainBreak broken, Messages messages) {
        String entry = Long.toString(broken.entryId());
        String other = Long.toString(broken.otherId());
        String key = broken.kind().messageKey();
        return switch (broken.kind()) {
            case ENTRIES_MISSING -> broken.entryId() - broken.otherId() == 2
                    ? messages.text(key + ".one", entry, other, Long.toString(broken.otherId() + 1))
                    : messages.text(key, entry, other, Long.toString(broken.otherId() + 1),
                            Long.toString(broken.entryId() - 1));
            case LINK_BROKEN -> messages.text(broken.otherId() == 0 ? key + ".first" : key, entry, other);
            case END_MISSING -> messages.text(broken.entryId() == 0 ? key + ".empty" : key, entry, other);
            default -> messages.text(key, entry, other);
        };
    }

    /**
     * A coded value, or a list of them ("payment.warning.advance, payment.warning.overpayment"), in words; a date,
     * stored as 2023-12-11, as the reader writes dates; nothing stored, as a dash, as the detail panes show it.
     */
    private static String readableValue(String value, Messages messages) {
        if (value.isBlank()) {
            return "—";
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return messages.date(java.time.LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException notADay) {
                return value;
            }
        }
        String[] parts = value.split(", ", -1);
        if (java.util.Arrays.stream(parts).allMatch(part -> isKey(part, messages))) {
            return java.util.Arrays.stream(parts).map(messages::text)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return value;
    }

    private static boolean isKey(String text, Messages messages) {
        return text.matches("[a-z]+(\\.[a-zA-Z_]+)+") && !messages.text(text).equals(text);
    }

}
