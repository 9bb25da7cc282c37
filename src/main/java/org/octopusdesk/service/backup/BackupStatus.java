package org.octopusdesk.service.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.PreferenceStore;

/**
 * The outcome of the last backup, in a small file of the data folder ({@code preferences/backup-status.properties}):
 * a failure of an automatic backup, which nobody saw happen, is told at the next start of the window, once.
 */
final class BackupStatus {

    private static final String GROUP = "backup-status";

    private final PreferenceStore store;

    BackupStatus(PreferenceStore store) {
        this.store = store;
    }

    void succeeded(LocalDateTime at) {
        store.save(GROUP, Map.of("lastSuccess", at.toString()));
    }

    void failed(LocalDateTime at, DomainException reason) {
        Map<String, String> values = new TreeMap<>(store.load(GROUP));
        values.keySet().removeIf(key -> key.startsWith("failure"));
        values.put("failure.at", at.toString());
        values.put("failure.key", reason.messageKey());
        List<Object> arguments = reason.arguments();
        for (int index = 0; index < arguments.size(); index++) {
            values.put("failure.argument." + index, String.valueOf(arguments.get(index)));
        }
        values.put("failure.told", "false");
        store.save(GROUP, values);
    }

    Optional<LocalDateTime> lastSuccess() {
        return time(store.load(GROUP).get("lastSuccess"));
    }

    Optional<BackupFailure> lastFailure() {
        Map<String, String> values = store.load(GROUP);
        Optional<LocalDateTime> at = time(values.get("failure.at"));
        String key = values.get("failure.key");
        if (at.isEmpty() || key == null) {
            return Optional.empty();
        }
        List<String> arguments = new ArrayList<>();
        for (int index = 0; values.containsKey("failure.argument." + index); index++) {
            arguments.add(values.get("failure.argument." + index));
        }
        return Optional.of(new BackupFailure(at.get(), key, arguments));
    }

    boolean failureTold() {
        return Boolean.parseBoolean(store.load(GROUP).get("failure.told"));
    }

    void markFailureTold() {
        Map<String, String> values = new TreeMap<>(store.load(GROUP));
        if (values.containsKey("failure.at")) {
            values.put("failure.told", "true");
            store.save(GROUP, values);
        }
    }

    private static Optional<LocalDateTime> time(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException damaged) {
            return Optional.empty();
        }
    }
}
