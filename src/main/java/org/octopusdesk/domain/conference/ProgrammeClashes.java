package org.octopusdesk.domain.conference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a programme asks the impossible: two sessions in one room at once, or one person in two sessions at once.
 * Each clash is listed on both sessions concerned, so the day view can flag every one of them.
 */
public final class ProgrammeClashes {

    /**
     * One reason a session cannot run as planned.
     *
     * @param other the session it collides with
     * @param person the person booked in both, or null for a room booked twice
     */
    public record Clash(Session other, String person) {

        public boolean isRoom() {
            return person == null;
        }
    }

    private final Map<SessionId, List<Clash>> clashes;

    private ProgrammeClashes(Map<SessionId, List<Clash>> clashes) {
        this.clashes = clashes;
    }

    /** The clashes among {@code sessions}, which may span several days. */
    public static ProgrammeClashes of(List<Session> sessions) {
        Map<SessionId, List<Clash>> found = new LinkedHashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            for (int j = i + 1; j < sessions.size(); j++) {
                Session one = sessions.get(i);
                Session two = sessions.get(j);
                if (!one.overlaps(two)) {
                    continue;
                }
                if (sameRoom(one, two)) {
                    add(found, one, new Clash(two, null));
                    add(found, two, new Clash(one, null));
                }
                // Each session names the person as it writes them.
                for (String person : sharedPeople(one, two)) {
                    add(found, one, new Clash(two, person));
                }
                for (String person : sharedPeople(two, one)) {
                    add(found, two, new Clash(one, person));
                }
            }
        }
        return new ProgrammeClashes(found);
    }

    private static boolean sameRoom(Session one, Session two) {
        return SessionPerson.folded(one.room()).equals(SessionPerson.folded(two.room()));
    }

    /** The names, as {@code one} writes them, of the people in both sessions. */
    private static List<String> sharedPeople(Session one, Session two) {
        List<String> shared = new ArrayList<>();
        for (SessionPerson person : one.people()) {
            boolean inBoth = two.people().stream().anyMatch(other -> other.identity().equals(person.identity()));
            if (inBoth && shared.stream().noneMatch(name -> SessionPerson.folded(name).equals(person.identity()))) {
                shared.add(person.name());
            }
        }
        return shared;
    }

    private static void add(Map<SessionId, List<Clash>> found, Session session, Clash clash) {
        found.computeIfAbsent(session.id(), id -> new ArrayList<>()).add(clash);
    }

    /** The clashes of {@code session}, none when it can run as planned. */
    public List<Clash> of(SessionId session) {
        return clashes.getOrDefault(session, List.of());
    }

    public boolean isEmpty() {
        return clashes.isEmpty();
    }

    /** How many sessions have at least one clash. */
    public int sessionsConcerned() {
        return clashes.size();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ProgrammeClashes%s", clashes.keySet());
    }
}
