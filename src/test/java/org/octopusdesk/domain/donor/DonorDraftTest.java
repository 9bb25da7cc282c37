package org.octopusdesk.domain.donor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;

class DonorDraftTest {

    @Test
    void aStateNeedsItsCountryACompanyDoesNot() {
        assertThat(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", "").validate()).isEmpty();
        assertThat(new DonorDraft("Canada", DonorKind.STATE_PARTY, " ", "").validate())
                .containsExactly(FieldError.of("country", "validation.donor.countryRequired"));
        assertThat(new DonorDraft("Microsoft", DonorKind.PRIVATE_COMPANY, "", "").validate()).isEmpty();
    }

    @Test
    void nameAndKindAreRequiredAndTextIsTrimmed() {
        DonorDraft draft = new DonorDraft("  ", null, " Japan ", null);

        assertThat(draft.validate()).containsExactly(FieldError.of("name", "validation.required"),
                FieldError.of("kind", "validation.required"));
        assertThat(draft.country()).isEqualTo("Japan");
        assertThat(draft.contactNotes()).isEmpty();
    }

    @Test
    void overlongTextIsRefused() {
        assertThat(new DonorDraft("N".repeat(201), DonorKind.OTHER, "", "x".repeat(4001)).validate())
                .containsExactly(FieldError.of("name", "validation.tooLong", 200),
                        FieldError.of("contactNotes", "validation.tooLong", 4000));
    }
}
