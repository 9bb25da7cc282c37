package org.octopusdesk.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.SampleDataService;

/** A real H2 database with the real migrations in a temporary folder, and services over it. */
public final class TestDatabase implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static final org.octopusdesk.service.rates.CurrencyCatalog CURRENCIES =
            org.octopusdesk.service.rates.CurrencyCatalog.load();

    private final Database database;
    private final ProjectService projects;
    private final org.octopusdesk.service.rates.RatesService rates;
    private final org.octopusdesk.service.donors.DonorService donors;

    public TestDatabase(Path folder) {
        this(folder, TODAY);
    }

    public TestDatabase(Path folder, LocalDate today) {
        database = Database.open(folder);
        Clock clock = Clock.fixed(today.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        projects = new ProjectService(database.projects(), database.transactions(), clock);
        rates = new org.octopusdesk.service.rates.RatesService(database.exchangeRates(), database.transactions(),
                CURRENCIES, clock);
        donors = new org.octopusdesk.service.donors.DonorService(database.donors(), database.transactions(), clock);
    }

    public org.octopusdesk.service.donors.DonorService donors() {
        return donors;
    }

    public org.octopusdesk.service.rates.RatesService rates() {
        return rates;
    }

    public Database database() {
        return database;
    }

    public ProjectService projects() {
        return projects;
    }

    public SampleDataService sampleData() {
        return new SampleDataService(projects, donors, database.transactions());
    }

    @Override
    public void close() {
        database.close();
    }
}
