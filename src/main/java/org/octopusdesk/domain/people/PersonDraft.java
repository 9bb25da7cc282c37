package org.octopusdesk.domain.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.octopusdesk.domain.FieldError;

/**
 * A person the administrator is about to add.
 *
 * @param login the account's name: lower-case letters, digits, '_', '.' and '-', starting with a letter, as IT
 *     names accounts and as the server keeps it without quoting surprises
 * @param password at least {@value #MIN_PASSWORD} characters; the server keeps only its SCRAM hash
 * @param role the person's role
 */
public record PersonDraft(String login, String password, Role role) {

    public static final String LOGIN = "login";
    public static final String PASSWORD = "password";
    public static final String ROLE = "role";
    public static final int MIN_PASSWORD = 12;
    /** PostgreSQL's longest name, less nothing: a login is a role name of its own. */
    public static final int MAX_LOGIN = 63;
    private static final Pattern LOGIN_FORM = Pattern.compile("[a-z][a-z0-9_.-]*");

    @Override
    public String toString() {
        // Never the password, in a log or a message.
        return "PersonDraft[login=" + login + ", role=" + role + "]";
    }

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        String name = login == null ? "" : login.strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of(LOGIN, "validation.required"));
        } else if (name.length() > MAX_LOGIN) {
            errors.add(FieldError.of(LOGIN, "validation.person.loginTooLong", MAX_LOGIN));
        } else if (!LOGIN_FORM.matcher(name).matches()) {
            errors.add(FieldError.of(LOGIN, "validation.person.loginForm"));
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(FieldError.of(PASSWORD, "validation.person.passwordShort", MIN_PASSWORD));
        }
        if (role == null) {
            errors.add(FieldError.of(ROLE, "validation.required"));
        }
        return errors;
    }
}
