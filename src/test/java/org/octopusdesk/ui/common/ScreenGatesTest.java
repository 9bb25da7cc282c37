package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.domain.people.SessionRoles;
import org.octopusdesk.i18n.Messages;

/**
 * Each family of screens as each role sees it (decision 0034, "Every screen"): which of its actions are disabled,
 * and the line of reasons under its toolbar, in English and in French.
 */
class ScreenGatesTest {

    private static final Messages ENGLISH = Messages.forLanguage("en");
    private static final Messages FRENCH = Messages.forLanguage("fr");

    private static RoleGate gate(Role role, Messages messages) {
        return new RoleGate(new SessionRoles("anna", Set.of(role), false), messages);
    }

    @Test
    void anAssistantSeesMeetingsAndConferencesReadOnlyWithTheReasonAndChangesDonorsAndRates() {
        RoleGate assistant = gate(Role.ASSISTANT, ENGLISH);

        assertThat(assistant.allows(Permission.CHANGE_MEETINGS)).isFalse();
        assertThat(assistant.notice(GatedScreen.MEETINGS)).isEqualTo("Your role, assistant, cannot change meetings "
                + "or their records: staff or a programme manager do.");
        assertThat(assistant.allows(Permission.CHANGE_CONFERENCES)).isFalse();
        assertThat(assistant.notice(GatedScreen.CONFERENCES)).isEqualTo("Your role, assistant, cannot change "
                + "conferences: staff or a programme manager do. Your role, assistant, cannot book an actual cost, "
                + "which is project spending: a programme manager does.");
        assertThat(assistant.notice(GatedScreen.DONORS)).isEmpty();
        assertThat(assistant.notice(GatedScreen.RATES)).isEmpty();
        assertThat(assistant.notice(GatedScreen.PROJECTS)).isEqualTo("Your role, assistant, cannot change projects: "
                + "a programme manager does. Your role, assistant, cannot change spending: a programme manager "
                + "does.");
        assertThat(gate(Role.ASSISTANT, FRENCH).notice(GatedScreen.MEETINGS)).isEqualTo("Votre rôle, assistant, ne "
                + "permet pas de modifier les réunions ni leurs dossiers : le personnel ou un responsable de "
                + "programme le fait.");
    }

    @Test
    void anEmptyListInvitesToCreateOnlyARoleThatMay() {
        RoleControls staff = new RoleControls(gate(Role.STAFF, ENGLISH), null, ENGLISH);
        RoleControls assistant = new RoleControls(gate(Role.ASSISTANT, FRENCH), null, FRENCH);

        assertThat(staff.emptyText(Permission.CHANGE_MEETINGS, "meeting.empty", "meeting.empty.fact"))
                .isEqualTo("No meeting here. Create one with “New meeting”.");
        assertThat(staff.emptyText(Permission.CHANGE_DONORS, "donor.empty", "donor.empty.fact"))
                .isEqualTo("No donor yet.");
        assertThat(assistant.emptyText(Permission.CHANGE_MEETINGS, "meeting.empty", "meeting.empty.fact"))
                .isEqualTo("Aucune réunion ici.");
    }

    @Test
    void staffChangeMeetingsAndConferencesButNeitherDonorsRatesMoneyNorAnActualCost() {
        RoleGate staff = gate(Role.STAFF, ENGLISH);

        assertThat(staff.notice(GatedScreen.MEETINGS)).isEmpty();
        assertThat(staff.allows(Permission.CHANGE_CONFERENCES)).isTrue();
        assertThat(staff.allows(Permission.BOOK_ACTUAL_COST)).isFalse();
        assertThat(staff.notice(GatedScreen.CONFERENCES)).isEqualTo("Your role, staff, cannot book an actual cost, "
                + "which is project spending: a programme manager does.");
        assertThat(staff.notice(GatedScreen.DONORS)).isEqualTo("Your role, staff, cannot change donors: an "
                + "assistant or a programme manager does.");
        assertThat(staff.notice(GatedScreen.RATES)).isEqualTo("Your role, staff, cannot enter, import or update "
                + "exchange rates: an assistant or a programme manager does.");
        assertThat(staff.allows(Permission.CHANGE_MONEY)).isFalse();
        assertThat(gate(Role.STAFF, FRENCH).notice(GatedScreen.DONORS)).isEqualTo("Votre rôle, personnel, ne permet "
                + "pas de modifier les donateurs : un assistant ou un responsable de programme le fait.");
    }

    @Test
    void countriesAndTheRepairOfTotalsAreTheProgrammeManagersAlone() {
        for (Role role : Set.of(Role.ASSISTANT, Role.STAFF, Role.ADMINISTRATOR)) {
            RoleGate gate = gate(role, ENGLISH);
            String name = ENGLISH.text(role.messageKey());
            assertThat(gate.notice(GatedScreen.COUNTRIES)).isEqualTo("Your role, " + name + ", cannot change treaty "
                    + "records or assistance activities: a programme manager does.");
            assertThat(gate.notice(GatedScreen.DATA_CHECK)).isEqualTo("Your role, " + name + ", cannot repair the "
                    + "totals: a programme manager does.");
        }
        RoleGate manager = gate(Role.PROGRAMME_MANAGER, ENGLISH);
        for (GatedScreen screen : GatedScreen.values()) {
            assertThat(manager.notice(screen)).as(screen.toString())
                    .isEqualTo(screen == GatedScreen.PEOPLE ? manager.reason(Permission.MANAGE_PEOPLE).orElseThrow()
                            : "");
        }
    }

    @Test
    void anAdministratorChangesNoRecordAndTheEmbeddedDatabaseDisablesNothing() {
        RoleGate administrator = gate(Role.ADMINISTRATOR, ENGLISH);
        RoleGate embedded = new RoleGate(SessionRoles.unrestricted("anna"), ENGLISH);

        for (GatedScreen screen : GatedScreen.values()) {
            assertThat(administrator.notice(screen).isEmpty()).as(screen.toString())
                    .isEqualTo(screen == GatedScreen.PEOPLE);
            assertThat(embedded.notice(screen)).as(screen.toString()).isEmpty();
        }
    }

    @Test
    void everyReasonIsTranslatedAndEveryCapabilityIsShownOnSomeScreen() {
        for (Permission permission : Permission.values()) {
            String english = ENGLISH.text(permission.refusalKey(), "x");
            String french = FRENCH.text(permission.refusalKey(), "x");
            assertThat(english).as(permission.toString()).startsWith("Your role, x, cannot");
            assertThat(french).as(permission.toString()).startsWith("Votre rôle, x, ne permet pas");
            assertThat(java.util.Arrays.stream(GatedScreen.values()))
                    .as(permission + " is disabled on a screen").anyMatch(screen -> screen.permissions()
                            .contains(permission));
        }
    }
}
