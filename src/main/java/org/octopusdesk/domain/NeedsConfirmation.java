package org.octopusdesk.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A change refused until a person confirms what is unusual in it: a payment in advance, an expenditure line outside
 * its project. Not an error: the person sees every reason at once, confirms, and the change is made again with
 * those kinds confirmed.
 *
 * @param <K> the kinds of reason, one constant each
 */
public interface NeedsConfirmation<K extends Enum<K>> {

    /** One reason, with the message that explains it. */
    record Reason<K>(K kind, String messageKey, List<Object> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }
    }

    /** Every reason not confirmed yet, in the order of their kinds. */
    List<Reason<K>> found();

    /** The kinds of {@link #found}, to confirm. */
    default Set<K> kinds() {
        Set<K> kinds = EnumSet.noneOf(kindType());
        found().forEach(reason -> kinds.add(reason.kind()));
        return kinds;
    }

    /** The enum of the kinds. */
    Class<K> kindType();
}
