package org.octopusdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Spec;

/** A command that only groups others (`projects`, `rates`, `donors`): alone, it shows its usage, exit code 2. */
abstract class CommandGroup implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
