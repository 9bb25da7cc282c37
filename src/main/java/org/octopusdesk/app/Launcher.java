package org.octopusdesk.app;

import java.time.Clock;
import org.octopusdesk.cli.OctopusDeskCommand;
import org.octopusdesk.cli.WindowStart;

/**
 * The entry point of the jar and of {@code mvn javafx:run}. A plain class, not a JavaFX {@code Application}, so
 * that {@code java -jar} works with JavaFX on the class path. With no command it opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main");
        // Downloads (the ECB rates) go through the proxy the system is set to use, as a browser's would; before
        // anything asks for the default proxy selector, which reads this once.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        if (WindowStart.onlyOpensTheWindow(args)) {
            ToolkitStart.begin();
        }
        int exitCode = OctopusDeskCommand.execute(new AppEnvironment(Clock.systemDefaultZone()), System.getenv(),
                args);
        System.exit(exitCode);
    }
}
