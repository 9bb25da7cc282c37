package org.octopusdesk.persistence;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/** Copies the rows of one table from a source database to a target one, in multi-row inserts. */
final class TableCopier {

    /** Bind values per insert: well under the 65,535 parameters a statement that both H2 and PostgreSQL take. */
    private static final int VALUES_PER_INSERT = 20_000;

    private TableCopier() {
    }

    static void copy(DSLContext source, DSLContext target, Table<?> table) {
        Field<?>[] fields = table.fields();
        List<TableField<?, ?>> selfReferences = selfReferences(table);
        int rowsPerInsert = Math.max(1, VALUES_PER_INSERT / fields.length);
        List<Record> pendingLinks = new ArrayList<>();
        try (Cursor<? extends Record> rows = source.selectFrom(table).orderBy(order(table)).fetchSize(rowsPerInsert)
                .fetchLazy()) {
            while (rows.hasNext()) {
                List<? extends Record> batch = rows.fetchNext(rowsPerInsert);
                List<Record> inserted = new ArrayList<>(batch.size());
                for (Record row : batch) {
                    Record copy = target.newRecord(table);
                    copy.from(row);
                    // A row may point at a later row of its own table (a project's predecessor): linked afterwards.
                    for (TableField<?, ?> link : selfReferences) {
                        if (row.get(link) != null) {
                            pendingLinks.add(row);
                            copy.set(link, null);
                        }
                    }
                    inserted.add(copy);
                }
                target.insertInto(table).columns(fields).valuesOfRecords(inserted).execute();
            }
        }
        link(target, table, selfReferences, pendingLinks);
    }

    private static void link(DSLContext target, Table<?> table, List<TableField<?, ?>> selfReferences,
            List<Record> rows) {
        var key = table.getPrimaryKey();
        for (Record row : rows) {
            org.jooq.UpdateSetMoreStep<?> set = null;
            for (TableField<?, ?> link : selfReferences) {
                set = set == null ? target.update(table).set(field(link), row.get(link))
                        : set.set(field(link), row.get(link));
            }
            List<org.jooq.Condition> same = new ArrayList<>();
            for (TableField<?, ?> column : key.getFields()) {
                same.add(field(column).eq(row.get(column)));
            }
            set.where(same).execute();
        }
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> field(Field<?> field) {
        return (Field<Object>) field;
    }

    private static List<TableField<?, ?>> selfReferences(Table<?> table) {
        List<TableField<?, ?>> links = new ArrayList<>();
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            if (reference.getKey().getTable().equals(table)) {
                links.addAll(reference.getFields());
            }
        }
        return links;
    }

    /** By primary key, so that the copy is in the order the rows were written, or by every column without one. */
    private static List<? extends Field<?>> order(Table<?> table) {
        return table.getPrimaryKey() != null ? table.getPrimaryKey().getFields() : List.of(table.fields());
    }
}
