package org.octopusdesk;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.SearchableComboBox;

/** The layers of docs/architecture.md: each may use only those below it. */
@AnalyzeClasses(packages = "org.octopusdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.octopusdesk.app..")
            .layer("Ui").definedBy("org.octopusdesk.ui..")
            .layer("Cli").definedBy("org.octopusdesk.cli..")
            .layer("Report").definedBy("org.octopusdesk.report..")
            .layer("I18n").definedBy("org.octopusdesk.i18n..")
            .layer("Persistence").definedBy("org.octopusdesk.persistence..")
            .layer("Service").definedBy("org.octopusdesk.service..")
            .layer("Domain").definedBy("org.octopusdesk.domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("I18n").mayOnlyBeAccessedByLayers("Ui", "Cli", "Report", "App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "Report", "Persistence", "App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Service", "Ui", "Cli", "Report", "Persistence", "I18n",
                    "App");

    /** A report is a model first and a PDF second: it is built from services, never from the screen or the SQL. */
    @ArchTest
    static final ArchRule reportsKnowNoToolkitNorDatabaseLibrary = noClasses().that()
            .resideInAPackage("org.octopusdesk.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.h2..", "org.flywaydb..",
                    "org.octopusdesk.persistence..");

    /** Only the renderer sees PDFBox: the model of a report could be printed another way. */
    @ArchTest
    static final ArchRule onlyTheRendererSeesPdfBox = noClasses().that()
            .resideOutsideOfPackages("org.octopusdesk.report.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.xmpbox..");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("org.octopusdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.pdfbox..",
                    "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule servicesKnowNoToolkitNorDatabaseLibrary = noClasses().that()
            .resideInAPackage("org.octopusdesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.h2..", "org.flywaydb..",
                    "org.postgresql..");

    @ArchTest
    static final ArchRule generatedClassesStayInPersistence = noClasses().that()
            .resideOutsideOfPackage("org.octopusdesk.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.octopusdesk.persistence.generated..");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule nobodyPrintsToTheConsole = noClasses().that().resideOutsideOfPackage("org.octopusdesk.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    /** A plain combo box would style its hidden drop-down list with every screen it is on (decision 0043). */
    @ArchTest
    static final ArchRule comboBoxesStyleTheirListWhenItOpens = noClasses().that()
            .resideOutsideOfPackage("org.octopusdesk.ui.common..")
            .should().callConstructor(ComboBox.class).orShould().callConstructor(ComboBox.class, ObservableList.class)
            .orShould().callConstructor(SearchableComboBox.class)
            .orShould().callConstructor(SearchableComboBox.class, ObservableList.class);
}
