package org.octopusdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.octopusdesk.service.PreferenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each group in {@code preferences/GROUP.properties} of the data folder, written whole or not at all. */
public final class FilePreferenceStore implements PreferenceStore {

    private static final Logger LOG = LoggerFactory.getLogger(FilePreferenceStore.class);

    private final Path folder;

    public FilePreferenceStore(Path dataFolder) {
        this.folder = dataFolder.resolve("preferences");
    }

    @Override
    public Map<String, String> load(String group) {
        Path file = fileOf(group);
        Map<String, String> values = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read {}; starting from no preferences", file, e);
            return values;
        }
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    @Override
    public void save(String group, Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        Path file = fileOf(group);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, group, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Octopus Desk: " + group + " remembered on this workstation");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot save the preferences {}", file, e);
        }
    }

    private Path fileOf(String group) {
        if (!group.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("preference group " + group);
        }
        return folder.resolve(group + ".properties");
    }
}
