package org.octopusdesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains an audit entry to the one before it: SHA-256, in lower-case hex, of a canonical encoding of
 * every field of the entry and of the previous entry's hash.
 *
 * <p>Each field is written as its length in UTF-8 bytes, a colon, the bytes and a comma ({@code 5:DONOR,}), so no
 * text can move a boundary between two fields: "ab" + "c" and "a" + "bc" encode differently. The moment is written
 * in UTC at microseconds, the precision the database keeps, so the hash of a stored entry does not depend on the
 * clock's precision or on the workstation's zone.
 */
public final class AuditHash {

    /** The "previous hash" of the first entry of a trail. */
    public static final String GENESIS = "0".repeat(64);

    /** Names this encoding, so that a future one can never produce the same bytes for another meaning. */
    private static final String FORMAT = "octopus-desk audit entry v1";
    private static final DateTimeFormatter MICROSECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** The hash of entry {@code id}, whose previous entry's hash is {@code previousHash}. */
    public static String of(long id, AuditEntry entry, String previousHash) {
        return hex(sha256(encode(id, entry, previousHash)));
    }

    /** The moment as the trail keeps it: microseconds, the rest dropped. */
    public static Instant stored(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MICROS);
    }

    static byte[] encode(long id, AuditEntry entry, String previousHash) {
        StringBuilder text = new StringBuilder(256);
        for (String field : new String[] {FORMAT, Long.toString(id), MICROSECONDS.format(stored(entry.recordedAt())),
            entry.actor(), entry.recordType(), entry.recordKey(), entry.action().name(), entry.oldValues(),
            entry.newValues(), previousHash}) {
            text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(',');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
