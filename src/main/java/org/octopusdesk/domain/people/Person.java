package org.octopusdesk.domain.people;

/**
 * A person of the office: a login of the database server in one of the four roles.
 *
 * @param login the account's name on the server
 * @param role what the person does
 * @param canLogin false once the administrator disabled the login
 */
public record Person(String login, Role role, boolean canLogin) {
}
