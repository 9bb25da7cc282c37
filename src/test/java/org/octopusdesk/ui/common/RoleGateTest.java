package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.domain.people.SessionRoles;
import org.octopusdesk.i18n.Messages;

/** What a screen shows disabled for a role, and the sentence saying why (decision 0034). */
class RoleGateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final SessionRoles assistant = new SessionRoles("anna", Set.of(Role.ASSISTANT), false);

    @Test
    void anAssistantSeesCancellationDisabledWithTheReasonInEitherLanguage() {
        RoleGate english = new RoleGate(assistant, Messages.forLanguage("en"));
        RoleGate french = new RoleGate(assistant, Messages.forLanguage("fr"));

        assertThat(english.allows(Permission.CHANGE_MONEY)).isTrue();
        assertThat(english.reason(Permission.CHANGE_MONEY)).isEmpty();
        assertThat(english.notice(GatedScreen.CONTRIBUTIONS)).isEqualTo(english.notice(Permission.CHANGE_MONEY,
                Permission.CANCEL_PLEDGE, Permission.DELETE_EARLIER_PAYMENT));
        assertThat(english.allows(Permission.CANCEL_PLEDGE)).isFalse();
        assertThat(english.reason(Permission.CANCEL_PLEDGE))
                .contains("Your role, assistant, cannot cancel pledges: a programme manager does.");
        assertThat(french.reason(Permission.CANCEL_PLEDGE))
                .contains("Votre rôle, assistant, ne permet pas d’annuler une promesse : un responsable de programme "
                        + "le fait.");
        assertThat(english.notice(Permission.CHANGE_MONEY, Permission.CANCEL_PLEDGE,
                Permission.DELETE_EARLIER_PAYMENT)).isEqualTo("Your role, assistant, cannot cancel pledges: a "
                        + "programme manager does. Your role, assistant, cannot delete a payment dated before today: a "
                        + "programme manager does.");
    }

    @Test
    void anAssistantRemovesTodaysPaymentsOnlyAndAProgrammeManagerAnyone() {
        RoleGate gate = new RoleGate(assistant, Messages.forLanguage("en"));
        RoleGate manager = new RoleGate(new SessionRoles("paul", Set.of(Role.PROGRAMME_MANAGER), false),
                Messages.forLanguage("en"));

        assertThat(gate.allowsPaymentRemoval(TODAY, TODAY)).isTrue();
        assertThat(gate.allowsPaymentRemoval(TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(manager.allowsPaymentRemoval(TODAY.minusYears(3), TODAY)).isTrue();
        assertThat(manager.notice(Permission.values())).isEqualTo("Your role, programme manager, cannot add people "
                + "or change their roles: an administrator does.");
    }

    @Test
    void staffReadMoneyOnlyAndAnAccountWithoutARoleIsToldToAskForOne() {
        RoleGate staff = new RoleGate(new SessionRoles("sam", Set.of(Role.STAFF), false), Messages.forLanguage("en"));
        RoleGate nobody = new RoleGate(new SessionRoles("it_backup", Set.of(), false), Messages.forLanguage("en"));

        assertThat(staff.allows(Permission.CHANGE_MEETINGS)).isTrue();
        assertThat(staff.reason(Permission.CHANGE_MONEY))
                .contains("Your role, staff, cannot change pledges or payments: an assistant or a programme manager "
                        + "does.");
        assertThat(nobody.reason(Permission.CHANGE_MEETINGS))
                .contains("Your account, it_backup, has no Octopus Desk role on this database: ask its administrator "
                        + "for one.");
    }

    @Test
    void onTheEmbeddedDatabaseOrAsTheOwnerNothingIsDisabled() {
        RoleGate embedded = new RoleGate(SessionRoles.unrestricted("anna"), Messages.forLanguage("en"));

        assertThat(Permission.values()).allMatch(embedded::allows);
        assertThat(embedded.notice(Permission.values())).isEmpty();
        assertThat(embedded.allowsPaymentRemoval(TODAY.minusYears(1), TODAY)).isTrue();
    }
}
