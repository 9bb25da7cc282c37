package org.octopusdesk.service.people;

import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.people.SessionRoles;

/**
 * What this session's role may not do, said before anything is sent to the server: "Your role, assistant, cannot
 * cancel pledges." The argument is the role itself, which the message says in the reader's language.
 */
public class RoleRefusedException extends DomainException {

    public RoleRefusedException(SessionRoles.Refusal refusal) {
        super(refusal.role().isPresent() ? refusal.permission().refusalKey() : "role.none",
                refusal.role().<Object>map(role -> role).orElse(refusal.login()));
    }
}
