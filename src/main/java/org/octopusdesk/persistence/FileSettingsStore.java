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
import org.octopusdesk.service.Settings;
import org.octopusdesk.service.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Settings in {@code settings.properties} of the data folder, written atomically so a crash never halves it. */
public final class FileSettingsStore implements SettingsStore {

    public static final String FILE_NAME = "settings.properties";
    private static final String DIVIDER = "divider.";

    private final Path file;

    public FileSettingsStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    @Override
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULT;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Cannot read {}; using the default settings", file, e);
            return Settings.DEFAULT;
        }
        String language = properties.getProperty("language", Settings.DEFAULT.language());
        return new Settings(language, readWindow(properties), readDividers(properties));
    }

    /** The areas' dividers ({@code divider.AREA}); one damaged is left out, the others kept. */
    private static Map<String, Double> readDividers(Properties properties) {
        Map<String, Double> dividers = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(DIVIDER) && name.length() > DIVIDER.length()) {
                try {
                    double position = Double.parseDouble(properties.getProperty(name));
                    if (Double.isFinite(position)) {
                        dividers.put(name.substring(DIVIDER.length()), position);
                    }
                } catch (NumberFormatException damaged) {
                    log().warn("Ignoring the damaged setting {} in {}", name, FILE_NAME);
                }
            }
        }
        return dividers;
    }

    private static Settings.WindowBounds readWindow(Properties properties) {
        try {
            return new Settings.WindowBounds(
                    Double.parseDouble(properties.getProperty("window.x")),
                    Double.parseDouble(properties.getProperty("window.y")),
                    Double.parseDouble(properties.getProperty("window.width")),
                    Double.parseDouble(properties.getProperty("window.height")),
                    Boolean.parseBoolean(properties.getProperty("window.maximized")));
        } catch (NullPointerException | NumberFormatException missingOrDamaged) {
            return null;
        }
    }

    @Override
    public void save(Settings settings) {
        Properties properties = new Properties();
        properties.setProperty("language", settings.language());
        settings.windowBounds().ifPresent(window -> {
            properties.setProperty("window.x", Double.toString(window.x()));
            properties.setProperty("window.y", Double.toString(window.y()));
            properties.setProperty("window.width", Double.toString(window.width()));
            properties.setProperty("window.height", Double.toString(window.height()));
            properties.setProperty("window.maximized", Boolean.toString(window.maximized()));
        });
        settings.dividers().forEach((area, position) -> properties.setProperty(DIVIDER + area,
                Double.toString(position)));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Octopus Desk settings of this workstation");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("Cannot save the settings to {}", file, e);
        }
    }

    /**
     * Its logger, asked for when first used rather than when the class loads: the window's start uses this class
     * before logback is ready, and would otherwise configure logback itself, in the way of the window (decision 0033).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(FileSettingsStore.class);
    }
}
