package org.octopusdesk.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The statements a backup script may hold: what H2's {@code SCRIPT} writes for Octopus Desk's schema, and nothing that
 * runs code or reaches files (a Java alias, a trigger, a linked table, {@code FILE_WRITE}). A backup file may come
 * from anywhere (a shared drive), so restoring one must not be a way to run a program (decision 0024).
 */
final class BackupScript {

    private static final List<String> ALLOWED_STARTS = List.of("CREATE USER ", "CREATE CACHED TABLE ",
            "CREATE MEMORY TABLE ", "ALTER TABLE ", "INSERT INTO ", "CREATE INDEX ", "CREATE UNIQUE INDEX ",
            "CREATE SEQUENCE ", "CREATE SCHEMA ", "CREATE DOMAIN ", "COMMENT ON ", "SET ");
    private static final Set<String> FORBIDDEN_WORDS = Set.of("ALIAS", "TRIGGER", "LINKED", "LINK_SCHEMA", "CALL",
            "FILE_WRITE", "FILE_READ", "CSVWRITE", "CSVREAD", "RUNSCRIPT", "SCRIPT", "EXECUTE", "JAVA_OBJECT",
            "SELECT", "VIEW", "FUNCTION", "AGGREGATE");
    private static final Pattern WORD = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private BackupScript() {
    }

    /** The statement without the comment lines H2 writes before it; blank when it is only comments. */
    static String withoutLeadingComments(String statement) {
        String rest = statement.strip();
        while (rest.startsWith("--")) {
            int end = rest.indexOf('\n');
            rest = end < 0 ? "" : rest.substring(end + 1).strip();
        }
        return rest;
    }

    /** Whether a statement (without its leading comments) is one the restore runs. */
    static boolean allowed(String statement) {
        String upper = statement.toUpperCase(Locale.ROOT);
        if (ALLOWED_STARTS.stream().noneMatch(upper::startsWith)) {
            return false;
        }
        String bare = outsideQuotes(upper);
        if (bare == null || bare.contains("--") || bare.contains("/*") || bare.contains("$$") || bare.contains(";")) {
            return false;
        }
        return WORD.matcher(bare).results().map(match -> match.group()).noneMatch(FORBIDDEN_WORDS::contains);
    }

    /** The text with every string literal and quoted name blanked out; {@code null} when a quote is left open. */
    private static String outsideQuotes(String sql) {
        StringBuilder bare = new StringBuilder(sql.length());
        char open = 0;
        for (int index = 0; index < sql.length(); index++) {
            char c = sql.charAt(index);
            if (open == 0) {
                if (c == '\'' || c == '"') {
                    open = c;
                    bare.append(' ');
                } else {
                    bare.append(c);
                }
            } else if (c == open) {
                boolean doubled = index + 1 < sql.length() && sql.charAt(index + 1) == open;
                if (doubled) {
                    index++;
                } else {
                    open = 0;
                }
            }
        }
        return open == 0 ? bare.toString() : null;
    }
}
