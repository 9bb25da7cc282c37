package org.octopusdesk.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;

class ParticipantRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static long next = 1;

    private static Participant participant(String name, String email, String country, Sector sector,
            boolean funded) {
        return new Participant(new ParticipantId(next++), new ConferenceId(1), name, "", country, sector, "",
                funded, email, false, null, 0);
    }

    @Test
    void countsByCountrySectorAndFundingTheMostFirst() {
        ParticipantCounts counts = ParticipantCounts.of(List.of(
                participant("A", "", "RO", Sector.GOVERNMENT, true),
                participant("B", "", "FR", Sector.ACADEMIA, false),
                participant("C", "", "RO", Sector.CRIMINAL_JUSTICE, true),
                participant("D", "", "BJ", Sector.GOVERNMENT, false)));

        assertThat(counts.participants()).isEqualTo(4);
        assertThat(counts.countries()).isEqualTo(3);
        assertThat(counts.byCountry()).containsExactly(java.util.Map.entry("RO", 2), java.util.Map.entry("BJ", 1),
                java.util.Map.entry("FR", 1));
        assertThat(counts.bySector()).containsEntry(Sector.GOVERNMENT, 2).containsEntry(Sector.CIVIL_SOCIETY, 0);
        assertThat(counts.funded()).isEqualTo(2);
        assertThat(counts.notFunded()).isEqualTo(2);
    }

    @Test
    void likelyDuplicatesShareANameWhateverTheOrderAndAccentsOrAnEmail() {
        Participant first = participant("José Pérez", "jose@example.org", "ES", Sector.GOVERNMENT, false);
        Participant reversed = participant("PEREZ Jose", "", "ES", Sector.GOVERNMENT, false);
        Participant sameMail = participant("J. Pérez", "JOSE@example.org", "ES", Sector.GOVERNMENT, false);
        Participant other = participant("Ana Lee", "ana@example.org", "PH", Sector.ACADEMIA, false);

        assertThat(LikelyDuplicates.among(List.of(other, sameMail, reversed, first))).containsExactly(
                new LikelyDuplicates.Pair(first, reversed, true, false),
                new LikelyDuplicates.Pair(first, sameMail, false, true));
    }

    @Test
    void aParticipantNeedsANameACountryASectorAndADatedConsent() {
        ParticipantDraft empty = new ParticipantDraft("", "", "", null, "", false, "not-an-address", true, null);
        assertThat(empty.validate(TODAY)).extracting(FieldError::field).containsExactly(ParticipantDraft.NAME,
                ParticipantDraft.COUNTRY, ParticipantDraft.SECTOR, ParticipantDraft.EMAIL,
                ParticipantDraft.CONSENT_DATE);
        ParticipantDraft future = new ParticipantDraft("Ana Lee", "", "PH", Sector.ACADEMIA, "", false,
                "ana@example.org", true, TODAY.plusDays(1));
        assertThat(future.validate(TODAY)).containsExactly(FieldError.of(ParticipantDraft.CONSENT_DATE,
                "validation.participant.consentFuture"));
        assertThat(Sector.parse("private sector")).contains(Sector.PRIVATE_SECTOR);
        assertThat(Sector.parse("Criminal-Justice")).contains(Sector.CRIMINAL_JUSTICE);
    }
}
