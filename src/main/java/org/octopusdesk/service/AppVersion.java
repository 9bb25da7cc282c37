package org.octopusdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build of Octopus Desk, as Maven wrote it into the resources. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/octopusdesk/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "development" : version;
    }
}
