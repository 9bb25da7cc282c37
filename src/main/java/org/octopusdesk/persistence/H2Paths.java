package org.octopusdesk.persistence;

import java.nio.file.Path;

/** File names inside H2's SQL. */
final class H2Paths {

    private H2Paths() {
    }

    /** The absolute path as an SQL string literal, its quotes doubled. */
    static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
