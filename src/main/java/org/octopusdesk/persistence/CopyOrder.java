package org.octopusdesk.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.ForeignKey;
import org.jooq.Table;

/** Tables in an order where every table comes after the tables its foreign keys point to. */
final class CopyOrder {

    private CopyOrder() {
    }

    static List<Table<?>> of(List<Table<?>> tables) {
        Set<Table<?>> placed = new LinkedHashSet<>();
        List<Table<?>> waiting = new ArrayList<>(tables);
        while (!waiting.isEmpty()) {
            boolean progress = waiting.removeIf(table -> {
                boolean ready = table.getReferences().stream()
                        .map(ForeignKey::getKey)
                        .map(key -> key.getTable())
                        .allMatch(parent -> parent.equals(table) || placed.contains(parent));
                if (ready) {
                    placed.add(table);
                }
                return ready;
            });
            if (!progress) {
                // Two tables that point at each other: a schema change this copy must learn to handle.
                throw new IllegalStateException("Foreign keys form a cycle among " + waiting);
            }
        }
        return List.copyOf(placed);
    }
}
