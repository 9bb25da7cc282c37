package org.octopusdesk.domain.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;

class EntryIntoForceTest {

    private static final Optional<LocalDate> CONVENTION = Instrument.ETS185.inForceSince();

    @Test
    void aDepositTakesEffectOnTheFirstOfTheMonthFollowingThreeMonths() {
        // Benin acceded on 20 June 2024; the Treaty Office gives 1 October 2024.
        assertThat(EntryIntoForce.forDeposit(LocalDate.of(2024, 6, 20), CONVENTION))
                .contains(LocalDate.of(2024, 10, 1));
        // Côte d'Ivoire, 29 July 2024: 1 November 2024.
        assertThat(EntryIntoForce.forDeposit(LocalDate.of(2024, 7, 29), CONVENTION))
                .contains(LocalDate.of(2024, 11, 1));
        // The first and the last day of a month land on the same date.
        assertThat(EntryIntoForce.afterThreeMonths(LocalDate.of(2023, 1, 1))).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(EntryIntoForce.afterThreeMonths(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2023, 5, 1));
        // Across a year end and a leap February: 30 November 2023 + 3 months is 29 February 2024.
        assertThat(EntryIntoForce.afterThreeMonths(LocalDate.of(2023, 11, 30))).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aDepositBeforeTheConventionWasInForceTakesEffectWithIt() {
        // Albania ratified on 20 June 2002; the Convention entered into force on 1 July 2004.
        assertThat(EntryIntoForce.forDeposit(LocalDate.of(2002, 6, 20), CONVENTION))
                .contains(LocalDate.of(2004, 7, 1));
    }

    @Test
    void noDateWhileTheInstrumentItselfIsNotInForce() {
        assertThat(EntryIntoForce.forDeposit(LocalDate.of(2023, 8, 10), Optional.empty())).isEmpty();
    }

    @Test
    void anOverrideWinsOverTheRule() {
        TreatyRecord record = new TreatyRecord("DE", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2009, 3, 9), DepositKind.RATIFICATION, LocalDate.of(2009, 8, 1), "chart says so",
                Set.of(), "", "");
        assertThat(record.entryIntoForce(CONVENTION)).contains(LocalDate.of(2009, 8, 1));
        TreatyRecord byRule = new TreatyRecord("DE", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2009, 3, 9), DepositKind.RATIFICATION, null, "", Set.of(), "", "");
        assertThat(byRule.entryIntoForce(CONVENTION)).contains(LocalDate.of(2009, 7, 1));
    }

    @Test
    void refusesARatificationBeforeItsSignatureButNotAnAccession() {
        TreatyRecord early = new TreatyRecord("FR", Instrument.ETS185, LocalDate.of(2005, 1, 1),
                LocalDate.of(2004, 1, 1), DepositKind.RATIFICATION, null, "", Set.of(), "", "");
        assertThat(early.validate()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TreatyRecord.DEPOSIT,
                        "validation.treaty.depositBeforeSignature"));
        TreatyRecord accession = new TreatyRecord("BJ", Instrument.ETS185, null, LocalDate.of(2024, 6, 20),
                DepositKind.ACCESSION, null, "", Set.of(), "", "");
        assertThat(accession.validate()).isEmpty();
        TreatyRecord signedAccession = new TreatyRecord("BJ", Instrument.ETS185, LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 20), DepositKind.ACCESSION, null, "", Set.of(), "", "");
        assertThat(signedAccession.validate()).extracting(FieldError::messageKey)
                .containsExactly("validation.treaty.accessionSigned");
    }

    @Test
    void refusesAnEntryIntoForceBeforeTheDeposit() {
        TreatyRecord record = new TreatyRecord("FR", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2006, 1, 10), DepositKind.RATIFICATION, LocalDate.of(2005, 12, 1), "typed", Set.of(),
                "", "");
        assertThat(record.validate()).extracting(FieldError::field).containsExactly(TreatyRecord.ENTRY_INTO_FORCE);
    }

    @Test
    void readsInstrumentsAndFlagsAsChartsWriteThem() {
        assertThat(Instrument.parse("ETS 185 Convention on Cybercrime")).contains(Instrument.ETS185);
        assertThat(Instrument.parse("cets-224")).contains(Instrument.CETS224);
        assertThat(Instrument.parse("189")).contains(Instrument.ETS189);
        assertThat(Instrument.parse("ETS 108")).isEmpty();
        assertThat(Instrument.parse("STE 185")).contains(Instrument.ETS185);
        assertThat(Instrument.parse("ETS185")).contains(Instrument.ETS185);
        // A longer number, a suffix or another series is another treaty, never the one it starts like.
        assertThat(Instrument.parse("ETS 1850")).isEmpty();
        assertThat(Instrument.parse("CETS 2241")).isEmpty();
        assertThat(Instrument.parse("ETS 189-bis")).isEmpty();
        assertThat(Instrument.parse("ETS 224")).isEmpty();
        assertThat(ChartFlag.code(ChartFlag.parse("R. D. A. T."))).isEqualTo("RDAT");
    }
}
