package org.octopusdesk.persistence;

import java.sql.SQLException;
import java.util.Optional;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.octopusdesk.domain.DomainException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A statement the server refused for the session's role, in words (decision 0034): the triggers of V25 name their
 * reason in the error's hint ({@code octopus:payment.deletePast}); any other refusal of a grant (SQLSTATE 42501)
 * names the table. Both reach the person as a {@link DomainException}, shown as any refusal, never a stack trace.
 */
final class ServerRefusals implements ExecuteListener {

    private static final String HINT_PREFIX = "octopus:";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Override
    public void exception(ExecuteContext context) {
        SQLException failure = context.sqlException();
        if (failure != null) {
            translate(failure).ifPresent(refusal -> {
                refusal.initCause(context.exception());
                context.exception(refusal);
            });
        }
    }

    /** The refusal in words, when {@code failure} is one of the roles' or of V25's functions. */
    static Optional<DomainException> translate(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException server && server.getServerErrorMessage() != null) {
                ServerErrorMessage message = server.getServerErrorMessage();
                String hint = message.getHint();
                if (hint != null && hint.startsWith(HINT_PREFIX)) {
                    return Optional.of(new DomainException("error.server." + hint.substring(HINT_PREFIX.length())));
                }
                if (INSUFFICIENT_PRIVILEGE.equals(server.getSQLState())) {
                    return Optional.of(new DomainException("error.server.refused",
                            String.valueOf(message.getMessage())));
                }
            }
        }
        return Optional.empty();
    }
}
