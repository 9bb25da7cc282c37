package org.octopusdesk.domain.audit;

import java.util.Locale;

/**
 * The first place where the audit trail no longer proves itself.
 *
 * @param entryId the entry at which the chain breaks (for {@link Kind#END_MISSING}, the last entry still there)
 * @param otherId the entry it is compared with: the one before it, or the one recorded at the last verification
 */
public record ChainBreak(Kind kind, long entryId, long otherId) {

    /** What broke, from the most to the least specific. */
    public enum Kind {
        /** The entry's content no longer matches its own hash: it was edited afterwards. */
        CONTENT_ALTERED,
        /** Entry numbers jump: the entries in between were removed. */
        ENTRIES_MISSING,
        /** The entry does not name the hash of the entry before it: that one was removed or rewritten. */
        LINK_BROKEN,
        /** The entry has no hash: it was added outside the application. */
        NOT_CHAINED,
        /** Entries exist but the entry that starts the chain does not. */
        START_MISSING,
        /** The entry seen at the last verification now has another hash: it was rewritten with a new hash. */
        REWRITTEN,
        /** The trail ends before the entry seen at the last verification: the last entries were removed. */
        END_MISSING;

        public String messageKey() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            return "audit.break." + words[0] + Character.toUpperCase(words[1].charAt(0)) + words[1].substring(1);
        }
    }
}
