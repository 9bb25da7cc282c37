package org.octopusdesk.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OrdinalsTest {

    @ParameterizedTest
    @CsvSource({"1,1st", "2,2nd", "3,3rd", "4,4th", "11,11th", "12,12th", "13,13th", "21,21st", "22,22nd",
        "23,23rd", "101,101st", "111,111th", "112,112th", "113,113th", "122,122nd"})
    void english(int number, String expected) {
        assertThat(Ordinals.english(number)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1,1re,1er", "2,2e,2e", "3,3e,3e", "11,11e,11e", "21,21e,21e", "23,23e,23e", "111,111e,111e"})
    void french(int number, String feminine, String masculine) {
        assertThat(Ordinals.french(number, true)).isEqualTo(feminine);
        assertThat(Ordinals.french(number, false)).isEqualTo(masculine);
    }

    @Test
    void thereIsNoZerothMeeting() {
        assertThatThrownBy(() -> Ordinals.english(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ordinals.french(-1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void titlesInBothLanguagesAndTheShortForm() {
        MeetingSeries plenary = new MeetingSeries(new MeetingSeriesId(1), "Plenary", "réunion plénière", true, "T-CY");
        MeetingSeries drafting = new MeetingSeries(new MeetingSeriesId(3), "Protocol Drafting Plenary",
                "réunion plénière de rédaction du Protocole", true, "T-CY PDP");

        assertThat(plenary.title(23, Locale.ENGLISH)).isEqualTo("23rd Plenary");
        assertThat(plenary.title(23, Locale.FRENCH)).isEqualTo("23e réunion plénière");
        assertThat(plenary.title(1, Locale.FRENCH)).isEqualTo("1re réunion plénière");
        assertThat(plenary.shortTitle(23)).isEqualTo("T-CY 23");
        assertThat(drafting.title(8, Locale.ENGLISH)).isEqualTo("8th Protocol Drafting Plenary");
        assertThat(plenary.name(Locale.FRENCH)).isEqualTo("Réunion plénière");
    }
}
