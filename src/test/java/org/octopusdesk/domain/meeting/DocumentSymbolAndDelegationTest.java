package org.octopusdesk.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;

/** Document symbols as the secretariat writes them, and the rules of a delegation's form. */
class DocumentSymbolAndDelegationTest {

    @Test
    void readsSymbolsWrittenWithSpacesOrLowerCaseAndKeepsTheirLeadingZeros() {
        assertThat(DocumentSymbol.parse("T-CY(2020)33")).contains(new DocumentSymbol(2020, 33, "T-CY(2020)33"));
        assertThat(DocumentSymbol.parse(" t-cy (2016) 04 ")).contains(new DocumentSymbol(2016, 4, "T-CY(2016)04"));
        assertThat(DocumentSymbol.of(2021, 3).text()).isEqualTo("T-CY(2021)3");
    }

    @Test
    void refusesWhatIsNoSymbol() {
        for (String text : new String[] {"", "T-CY 2020 33", "(2020)33", "T-CY(20)33", "T-CY(2020)0", "T-CY(2020)1234",
                "T-CY(2020)33 rev"}) {
            assertThat(DocumentSymbol.parse(text)).as(text).isEmpty();
        }
        assertThat(new MeetingDocumentDraft("T-CY 2020 33", "Report", "", DocumentKind.OTHER, null, null, false)
                .validate()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("symbol", "validation.document.symbolForm"));
    }

    @Test
    void namesAndRolesAreOnePersonALineTheRoleAfterTheFirstComma() {
        List<Delegate> delegates = Delegate.parseLines("Jane Doe, Head of delegation\n\n  John Roe  \nA. B., C, D");
        assertThat(delegates).containsExactly(new Delegate("Jane Doe", "Head of delegation"),
                new Delegate("John Roe", ""), new Delegate("A. B.", "C, D"));
        assertThat(Delegate.parseLines(Delegate.toLines(delegates))).isEqualTo(delegates);
    }

    @Test
    void aDelegationIsACountrysOrAnOrganisationsWithAtLeastAsManyPersonsAsNamed() {
        assertThat(new DelegationDraft(null, " ", 2, List.of()).validate()).extracting(FieldError::messageKey)
                .containsExactly("validation.delegation.countryOrOrganisation");
        assertThat(new DelegationDraft("FR", "UNODC", 2, List.of()).validate()).extracting(FieldError::messageKey)
                .containsExactly("validation.delegation.notBoth");
        assertThat(new DelegationDraft("FR", null, 1, Delegate.parseLines("A\nB")).validate())
                .extracting(FieldError::messageKey).containsExactly("validation.delegation.fewerThanNamed");
        assertThat(new DelegationDraft("FR", null, 0, List.of()).validate()).extracting(FieldError::messageKey)
                .containsExactly("validation.delegation.personsRange");
        assertThat(new DelegationDraft("FR", null, 3, Delegate.parseLines(", Adviser")).validate())
                .extracting(FieldError::messageKey).containsExactly("validation.delegation.nameMissing");
        assertThat(new DelegationDraft(null, "Europol", 2, Delegate.parseLines("A")).validate()).isEmpty();
    }
}
