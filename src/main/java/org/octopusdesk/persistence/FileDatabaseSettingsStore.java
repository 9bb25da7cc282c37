package org.octopusdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.octopusdesk.service.DatabaseSettings;
import org.octopusdesk.service.DatabaseSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database choice in {@code database.properties} of the data folder; a kept password in
 * {@code database-password} beside it, which only the operating-system user may read (POSIX mode 600, or on Windows
 * an access list naming the owner alone), written so that it is never readable by others, even for a moment.
 */
public final class FileDatabaseSettingsStore implements DatabaseSettingsStore {

    static final String FILE_NAME = "database.properties";
    static final String PASSWORD_FILE = "database-password";

    private final Path folder;

    public FileDatabaseSettingsStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public DatabaseSettings load() {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return DatabaseSettings.EMBEDDED;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return new DatabaseSettings(
                    DatabaseSettings.Kind.valueOf(properties.getProperty("kind", "EMBEDDED")),
                    properties.getProperty("host", ""),
                    Integer.parseInt(properties.getProperty("port", "5432")),
                    properties.getProperty("database", ""),
                    properties.getProperty("user", ""));
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Cannot read {}; using the embedded database", file, e);
            return DatabaseSettings.EMBEDDED;
        }
    }

    @Override
    public void save(DatabaseSettings settings, Optional<String> password) {
        Properties properties = new Properties();
        properties.setProperty("kind", settings.kind().name());
        properties.setProperty("host", settings.host());
        properties.setProperty("port", Integer.toString(settings.port()));
        properties.setProperty("database", settings.database());
        properties.setProperty("user", settings.user());
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "database", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Octopus Desk: the database of this workstation (no password here)");
            }
            Files.move(temporary, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Path kept = folder.resolve(PASSWORD_FILE);
            Files.deleteIfExists(kept);
            if (password.isPresent() && settings.kind() == DatabaseSettings.Kind.POSTGRESQL) {
                writeOwnerOnly(kept, password.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> password() {
        Path kept = folder.resolve(PASSWORD_FILE);
        if (!Files.isRegularFile(kept)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(kept, StandardCharsets.UTF_8));
        } catch (IOException e) {
            log().warn("Cannot read the kept password {}; it will be asked", kept, e);
            return Optional.empty();
        }
    }

    /** Created empty with the owner's rights only, then written: its content is never readable by others. */
    private static void writeOwnerOnly(Path file, String secret) throws IOException {
        if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
            if (acl != null) {
                acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                        .setPrincipal(Files.getOwner(file))
                        .setPermissions(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                                AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                                AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_ACL,
                                AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE,
                                AclEntryPermission.SYNCHRONIZE)
                        .build()));
            }
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8);
    }

    /**
     * Its logger, asked for when first used rather than when the class loads: the window's start uses this class
     * before logback is ready, and would otherwise configure logback itself, in the way of the window (decision 0033).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(FileDatabaseSettingsStore.class);
    }
}
