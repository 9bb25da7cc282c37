package org.octopusdesk.domain.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * A named member of a delegation: personal data, kept only for the meeting report's list of participants.
 *
 * @param role the person's role in the delegation ("Head of delegation"), empty when not given
 */
public record Delegate(String name, String role) {

    public static final int NAME_MAX = 120;
    public static final int ROLE_MAX = 120;

    public Delegate {
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
    }

    /**
     * The persons of a text of one person a line, "name, role" (the role after the first comma, and optional);
     * blank lines are skipped.
     */
    public static List<Delegate> parseLines(String text) {
        List<Delegate> delegates = new ArrayList<>();
        if (text == null) {
            return delegates;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            delegates.add(comma < 0 ? new Delegate(line, "")
                    : new Delegate(line.substring(0, comma), line.substring(comma + 1)));
        }
        return delegates;
    }

    /** The persons as {@link #parseLines} reads them back. */
    public static String toLines(List<Delegate> delegates) {
        StringBuilder text = new StringBuilder();
        for (Delegate delegate : delegates) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(delegate.name());
            if (!delegate.role().isEmpty()) {
                text.append(", ").append(delegate.role());
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return role.isEmpty() ? name : name + ", " + role;
    }
}
