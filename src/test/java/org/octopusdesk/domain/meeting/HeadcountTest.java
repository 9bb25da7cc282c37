package org.octopusdesk.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.meeting.Headcount.StateCategory;

/** The headcount sentence of meeting reports, in English and French, singular and plural. */
class HeadcountTest {

    private static Headcount count(int persons, int parties, int observers, int adHoc, int others,
            int organisations) {
        Map<StateCategory, Integer> states = new EnumMap<>(StateCategory.class);
        states.put(StateCategory.PARTY, parties);
        states.put(StateCategory.OBSERVER, observers);
        states.put(StateCategory.AD_HOC_OBSERVER, adHoc);
        states.put(StateCategory.OTHER, others);
        return new Headcount(persons, states, organisations);
    }

    @Test
    void theReportsOwnSentence() {
        Headcount headcount = count(134, 50, 5, 2, 0, 9);
        assertThat(headcount.sentence(Locale.ENGLISH)).isEqualTo(
                "134 representatives of 57 Parties, Observer and ad hoc Observer States, and 9 organisations");
        assertThat(headcount.sentence(Locale.FRENCH)).isEqualTo(
                "134 représentants de 57 Parties, États observateurs et observateurs ad hoc, et de 9 organisations");
    }

    @Test
    void oneOfEachIsSingular() {
        assertThat(count(1, 1, 0, 0, 0, 0).sentence(Locale.ENGLISH)).isEqualTo("1 representative of 1 Party");
        assertThat(count(1, 1, 0, 0, 0, 0).sentence(Locale.FRENCH)).isEqualTo("1 représentant de 1 Partie");
        assertThat(count(2, 0, 1, 0, 0, 1).sentence(Locale.ENGLISH))
                .isEqualTo("2 representatives of 1 Observer State and 1 organisation");
        assertThat(count(2, 0, 1, 0, 0, 1).sentence(Locale.FRENCH))
                .isEqualTo("2 représentants de 1 État observateur et de 1 organisation");
    }

    @Test
    void onlyTheCategoriesPresentAreNamed() {
        assertThat(count(10, 3, 0, 0, 0, 1).sentence(Locale.ENGLISH))
                .isEqualTo("10 representatives of 3 Parties and 1 organisation");
        assertThat(count(6, 0, 0, 2, 0, 0).sentence(Locale.FRENCH))
                .isEqualTo("6 représentants de 2 États observateurs ad hoc");
        assertThat(count(7, 0, 0, 2, 0, 0).sentence(Locale.ENGLISH))
                .isEqualTo("7 representatives of 2 ad hoc Observer States");
        assertThat(count(8, 2, 2, 0, 0, 0).sentence(Locale.ENGLISH))
                .isEqualTo("8 representatives of 4 Parties and Observer States");
    }

    @Test
    void statesWithoutAnObserverStatusAreOtherStates() {
        assertThat(count(5, 2, 0, 0, 1, 0).sentence(Locale.ENGLISH))
                .isEqualTo("5 representatives of 3 Parties and other States");
        assertThat(count(5, 2, 0, 0, 1, 0).sentence(Locale.FRENCH))
                .isEqualTo("5 représentants de 3 Parties et autres États");
        assertThat(count(3, 0, 0, 0, 2, 0).sentence(Locale.ENGLISH)).isEqualTo("3 representatives of 2 States");
        assertThat(count(3, 0, 0, 0, 2, 0).sentence(Locale.FRENCH)).isEqualTo("3 représentants de 2 États");
    }

    @Test
    void organisationsAlone() {
        assertThat(count(4, 0, 0, 0, 0, 2).sentence(Locale.ENGLISH))
                .isEqualTo("4 representatives of 2 organisations");
        assertThat(count(4, 0, 0, 0, 0, 2).sentence(Locale.FRENCH)).isEqualTo("4 représentants de 2 organisations");
    }

    @Test
    void nobodyRecordedSaysNothing() {
        assertThat(count(0, 0, 0, 0, 0, 0).sentence(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void countsDelegationsByTheirCountrysStatus() {
        List<Delegation> delegations = new ArrayList<>();
        delegations.add(delegation("FR", null, 3));
        delegations.add(delegation("JP", null, 2));
        delegations.add(delegation("BR", null, 1));
        delegations.add(delegation("TV", null, 1));
        delegations.add(delegation(null, "UNODC", 2));
        Map<String, TcyStatus> statuses = Map.of("FR", TcyStatus.PARTY, "JP", TcyStatus.OBSERVER,
                "BR", TcyStatus.INVITED, "TV", TcyStatus.NONE);

        Headcount headcount = Headcount.of(delegations, statuses::get);

        assertThat(headcount.persons()).isEqualTo(9);
        assertThat(headcount.stateCount()).isEqualTo(4);
        assertThat(headcount.organisations()).isEqualTo(1);
        assertThat(headcount.states()).containsEntry(StateCategory.OTHER, 2).doesNotContainKey(
                StateCategory.AD_HOC_OBSERVER);
        assertThat(headcount.sentence(Locale.ENGLISH))
                .isEqualTo("9 representatives of 4 Parties, Observer and other States, and 1 organisation");
    }

    private static Delegation delegation(String country, String organisation, int persons) {
        return new Delegation(new DelegationId(1), new MeetingId(1), country, organisation, persons, List.of());
    }
}
