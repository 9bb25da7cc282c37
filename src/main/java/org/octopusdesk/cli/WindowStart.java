package org.octopusdesk.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.octopusdesk.i18n.Messages;

/**
 * Recognises the arguments of a plain start of the window: only the options of the window itself, each given once
 * and well formed, so that nothing can go wrong in parsing them whose message or help would name the commands.
 * Such a start opens the window without picocli (decision 0033); anything else (a command, help, the version, an
 * unknown or repeated option, a missing value, an argument file, an unknown language) goes through picocli.
 */
public final class WindowStart {

    private static final Set<String> WITH_VALUE = Set.of("--data-dir", "--db-url", "--lang");
    private static final Set<String> FLAGS = Set.of("--sample-data", "--cds-training");

    /** The options given, by name; a flag's value is empty. */
    private final Map<String, String> options;

    private WindowStart(Map<String, String> options) {
        this.options = options;
    }

    /** Whether {@code args} only open the window; the launcher asks, to start JavaFX while they are read. */
    public static boolean onlyOpensTheWindow(String[] args) {
        return parse(args).isPresent();
    }

    /** The window's options in {@code args}, or empty when they are anything but a plain start of the window. */
    static Optional<WindowStart> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            String value;
            if (FLAGS.contains(arg)) {
                value = "";
            } else if (!WITH_VALUE.contains(name)) {
                return Optional.empty();
            } else if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            // picocli reads a value starting with @ as a file of arguments, and refuses an option given twice.
            boolean malformed = !FLAGS.contains(name) && (value.isEmpty() || value.startsWith("-")
                    || value.startsWith("@") || "--lang".equals(name) && !Messages.isSupported(value));
            if (malformed || options.put(name, value) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowStart(options));
    }

    /** The value of option {@code name}, if given. */
    Optional<String> value(String name) {
        return FLAGS.contains(name) ? Optional.empty() : Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return FLAGS.contains(name) && options.containsKey(name);
    }
}
