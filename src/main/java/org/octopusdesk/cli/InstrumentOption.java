package org.octopusdesk.cli;

import org.octopusdesk.domain.country.Instrument;
import picocli.CommandLine;

/** Reads {@code --instrument}: ETS185, "ETS 185", 185, ETS189, CETS224 and the like. */
final class InstrumentOption implements CommandLine.ITypeConverter<Instrument> {

    @Override
    public Instrument convert(String text) {
        return Instrument.parse(text).orElseThrow(() -> new CommandLine.TypeConversionException(
                "Unknown instrument '" + (text.length() > 60 ? text.substring(0, 60) + "…" : text)
                        + "': use ETS185, ETS189 or CETS224"));
    }
}
