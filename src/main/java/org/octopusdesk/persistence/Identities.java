package org.octopusdesk.persistence;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The next value of a table's identity column after rows came in with their own ids: each engine's counter would
 * otherwise start at 1 and the next new record collide with a copied one.
 */
final class Identities {

    private Identities() {
    }

    static void restart(DSLContext target, Engine engine, Table<?> table) {
        Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
        if (identity == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Field<Long> id = (Field<Long>) identity;
        Long highest = target.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        long next = highest == null ? 1 : highest + 1;
        String tableName = table.getName().toLowerCase(java.util.Locale.ROOT);
        String columnName = identity.getName().toLowerCase(java.util.Locale.ROOT);
        if (engine == Engine.POSTGRESQL) {
            target.execute("SELECT setval(pg_get_serial_sequence({0}, {1}), {2}, false)", DSL.inline(tableName),
                    DSL.inline(columnName), DSL.inline(next));
        } else {
            target.execute("ALTER TABLE " + tableName + " ALTER COLUMN " + columnName + " RESTART WITH " + next);
        }
    }
}
