package org.octopusdesk.domain.meeting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.octopusdesk.domain.country.TcyStatus;

/**
 * Who attended a meeting, counted as the T-CY's meeting reports state it: "134 representatives of 57 Parties,
 * Observer and ad hoc Observer States, and 9 organisations" / "134 représentants de 57 Parties, États observateurs
 * et observateurs ad hoc, et de 9 organisations". Like {@link Ordinals}, the grammar of the sentence (plurals, which
 * categories are named, where the commas go) is the domain's, in both languages, so that the page and the report
 * say the same thing.
 *
 * @param persons every person, of States' and organisations' delegations
 * @param states the States' delegations by their T-CY category on the meeting's date
 * @param organisations the organisations' delegations
 */
public record Headcount(int persons, Map<StateCategory, Integer> states, int organisations) {

    /** How a State sat: the T-CY status on the meeting date, "invited" and "none" together as other States. */
    public enum StateCategory {
        PARTY,
        OBSERVER,
        AD_HOC_OBSERVER,
        OTHER;

        public static StateCategory of(TcyStatus status) {
            return switch (status) {
                case PARTY -> PARTY;
                case OBSERVER -> OBSERVER;
                case AD_HOC_OBSERVER -> AD_HOC_OBSERVER;
                case INVITED, NONE -> OTHER;
            };
        }
    }

    public Headcount {
        EnumMap<StateCategory, Integer> present = new EnumMap<>(StateCategory.class);
        states.forEach((category, count) -> {
            if (count > 0) {
                present.put(category, count);
            }
        });
        states = java.util.Collections.unmodifiableMap(present);
    }

    /** Counts the delegations; {@code statusOf} gives a country's T-CY status on the meeting's date. */
    public static Headcount of(List<Delegation> delegations, Function<String, TcyStatus> statusOf) {
        int persons = 0;
        int organisations = 0;
        Map<StateCategory, Integer> states = new EnumMap<>(StateCategory.class);
        for (Delegation delegation : delegations) {
            persons += delegation.persons();
            if (delegation.isCountry()) {
                states.merge(StateCategory.of(statusOf.apply(delegation.countryCode())), 1, Integer::sum);
            } else {
                organisations++;
            }
        }
        return new Headcount(persons, states, organisations);
    }

    public int stateCount() {
        return states.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return persons == 0;
    }

    /** The sentence in English or French; empty when nobody is recorded. */
    public String sentence(Locale locale) {
        if (isEmpty()) {
            return "";
        }
        return "fr".equals(locale.getLanguage()) ? french() : english();
    }

    private String english() {
        String representatives = persons + (persons == 1 ? " representative of " : " representatives of ");
        String organisationWords = organisations + (organisations == 1 ? " organisation" : " organisations");
        if (stateCount() == 0) {
            return representatives + organisationWords;
        }
        boolean one = stateCount() == 1;
        List<String> elements = new ArrayList<>();
        if (states.containsKey(StateCategory.PARTY)) {
            elements.add(one ? "Party" : "Parties");
        }
        List<String> adjectives = new ArrayList<>();
        boolean others = states.containsKey(StateCategory.OTHER);
        if (states.containsKey(StateCategory.OBSERVER)) {
            adjectives.add("Observer");
        }
        if (states.containsKey(StateCategory.AD_HOC_OBSERVER)) {
            adjectives.add("ad hoc Observer");
        }
        if (others && (!elements.isEmpty() || !adjectives.isEmpty())) {
            adjectives.add("other");
        }
        elements.addAll(adjectives);
        String stateWords = joined(elements, " and ");
        if (!adjectives.isEmpty() || others) {
            stateWords = (stateWords.isEmpty() ? "" : stateWords + " ") + (one ? "State" : "States");
        }
        String sentence = representatives + stateCount() + " " + stateWords;
        if (organisations == 0) {
            return sentence;
        }
        return sentence + (elements.size() > 1 ? ", and " : " and ") + organisationWords;
    }

    private String french() {
        String representatives = persons + (persons == 1 ? " représentant de " : " représentants de ");
        String organisationWords = organisations + (organisations == 1 ? " organisation" : " organisations");
        if (stateCount() == 0) {
            return representatives + organisationWords;
        }
        boolean one = stateCount() == 1;
        String states = one ? "État" : "États";
        List<String> elements = new ArrayList<>();
        if (this.states.containsKey(StateCategory.PARTY)) {
            elements.add(one ? "Partie" : "Parties");
        }
        // "États observateurs et observateurs ad hoc": the noun is written once, before the first adjective.
        List<String> adjectives = new ArrayList<>();
        if (this.states.containsKey(StateCategory.OBSERVER)) {
            adjectives.add(one ? "observateur" : "observateurs");
        }
        if (this.states.containsKey(StateCategory.AD_HOC_OBSERVER)) {
            adjectives.add(one ? "observateur ad hoc" : "observateurs ad hoc");
        }
        if (!adjectives.isEmpty()) {
            adjectives.set(0, states + " " + adjectives.get(0));
        }
        elements.addAll(adjectives);
        if (this.states.containsKey(StateCategory.OTHER)) {
            elements.add(elements.isEmpty() ? states : "autres " + states);
        }
        String sentence = representatives + stateCount() + " " + joined(elements, " et ");
        if (organisations == 0) {
            return sentence;
        }
        return sentence + (elements.size() > 1 ? ", et de " : " et de ") + organisationWords;
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> words, String and) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + and + words.get(words.size() - 1);
    }
}
