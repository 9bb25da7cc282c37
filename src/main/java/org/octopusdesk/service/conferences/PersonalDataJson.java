package org.octopusdesk.service.conferences;

import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Participant;

/**
 * A person's data as one JSON file: readable in any text editor, and by a machine should the person take it
 * elsewhere (portability). Values are written as stored: codes, ISO dates, the audit's own lines.
 */
public final class PersonalDataJson {

    private final StringBuilder out = new StringBuilder();
    /** Per open bracket, whether nothing was written inside it yet. */
    private final List<Boolean> firstInLevel = new java.util.ArrayList<>();
    private int depth;

    private PersonalDataJson() {
    }

    /** @param purpose why the application keeps these records, in the reader's language */
    public static String of(PersonalData data, String purpose) {
        PersonalDataJson json = new PersonalDataJson();
        json.open('{');
        json.field("about", data.email()).field("exportedOn", data.madeOn()).field("purpose", purpose);
        json.key("registrations").open('[');
        for (PersonalData.Registration registration : data.registrations()) {
            json.item().open('{');
            json.field("edition", registration.edition().year())
                    .field("editionTitle", registration.edition().title());
            json.key("participant");
            json.participant(registration.participant());
            json.key("programme").open('[');
            for (PersonalData.Mention mention : registration.programme()) {
                json.item().open('{');
                json.field("day", mention.session().day()).field("start", mention.session().start().toString())
                        .field("end", mention.session().end().toString())
                        .field("session", mention.session().title()).field("room", mention.session().room())
                        .field("role", mention.person().role().name()).field("name", mention.person().name())
                        .field("organisation", mention.person().organisation())
                        .field("country", mention.person().country());
                json.close('}');
            }
            json.close(']');
            json.key("auditTrail").open('[');
            for (AuditEntry entry : registration.auditTrail()) {
                json.item().open('{');
                json.field("recordedAt", entry.recordedAt().toString()).field("by", entry.actor())
                        .field("action", entry.action().name()).field("record", entry.recordKey())
                        .field("before", entry.oldValues()).field("after", entry.newValues());
                json.close('}');
            }
            json.close(']');
            json.close('}');
        }
        json.close(']');
        json.close('}');
        return json.out.append('\n').toString();
    }

    private void participant(Participant participant) {
        open('{');
        field("id", participant.id().value()).field("name", participant.name())
                .field("organisation", participant.organisation()).field("country", participant.country())
                .field("sector", participant.sector().name()).field("role", participant.role())
                .field("funded", participant.funded()).field("email", participant.email())
                .field("listConsent", participant.listConsent()).field("consentDate", participant.consentDate())
                .field("erasedOn", participant.erasedOn())
                .field("erasure", participant.erasure() == null ? null : participant.erasure().name());
        close('}');
    }

    private PersonalDataJson open(char bracket) {
        out.append(bracket);
        depth++;
        firstInLevel.add(true);
        return this;
    }

    private void close(char bracket) {
        boolean empty = firstInLevel.remove(firstInLevel.size() - 1);
        depth--;
        if (!empty) {
            newLine();
        }
        out.append(bracket);
    }

    /** Starts the next member or element of the level: a comma after the first, then a new indented line. */
    private PersonalDataJson item() {
        int last = firstInLevel.size() - 1;
        if (!firstInLevel.get(last)) {
            out.append(',');
        }
        firstInLevel.set(last, false);
        newLine();
        return this;
    }

    private PersonalDataJson key(String name) {
        item();
        string(name);
        out.append(": ");
        return this;
    }

    private PersonalDataJson field(String name, Object value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof LocalDate date) {
            string(date.toString());
        } else {
            string(value.toString());
        }
        return this;
    }

    private void newLine() {
        out.append('\n').append("  ".repeat(depth));
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as it is (UTF-8). */
    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            switch (character) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (character < 0x20) {
                        out.append(String.format("\\u%04x", (int) character));
                    } else {
                        out.append(character);
                    }
                }
            }
        }
        out.append('"');
    }
}
