package org.octopusdesk.cli;

import java.util.Set;
import org.octopusdesk.i18n.Messages;

/**
 * Recognises the arguments of a plain start of the window: only the options of the window itself, each well formed,
 * so that nothing can go wrong in parsing them whose message or help would name the commands. Anything else (a
 * command, help, the version, an unknown option, a missing value, an unknown language) goes the full way.
 */
final class WindowStart {

    private static final Set<String> WITH_VALUE = Set.of("--data-dir", "--db-url", "--lang");
    private static final Set<String> FLAGS = Set.of("--sample-data", "--cds-training");

    private WindowStart() {
    }

    static boolean onlyOpensTheWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (FLAGS.contains(arg)) {
                continue;
            }
            if (!WITH_VALUE.contains(name)) {
                return false;
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return false;
            }
            if (value.isEmpty() || value.startsWith("-") || "--lang".equals(name) && !Messages.isSupported(value)) {
                return false;
            }
        }
        return true;
    }
}
