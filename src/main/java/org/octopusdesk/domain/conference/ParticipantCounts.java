package org.octopusdesk.domain.conference;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many came, from where and from which sector, and how many were funded: the figures of "452 participants
 * from 117 countries".
 *
 * @param byCountry participants per country code, the most first (ties by code)
 */
public record ParticipantCounts(int participants, Map<String, Integer> byCountry, Map<Sector, Integer> bySector,
        int funded) {

    public ParticipantCounts {
        byCountry = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCountry));
        bySector = java.util.Collections.unmodifiableMap(new EnumMap<>(bySector));
    }

    public static ParticipantCounts of(List<Participant> participants) {
        Map<String, Integer> countries = new TreeMap<>();
        Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            sectors.put(sector, 0);
        }
        int funded = 0;
        for (Participant participant : participants) {
            countries.merge(participant.country(), 1, Integer::sum);
            sectors.merge(participant.sector(), 1, Integer::sum);
            funded += participant.funded() ? 1 : 0;
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        countries.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(entry -> ordered.put(entry.getKey(),
                entry.getValue()));
        return new ParticipantCounts(participants.size(), ordered, sectors, funded);
    }

    public int countries() {
        return byCountry.size();
    }

    public int notFunded() {
        return participants - funded;
    }
}
