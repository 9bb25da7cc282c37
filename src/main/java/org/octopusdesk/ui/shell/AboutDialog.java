package org.octopusdesk.ui.shell;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.TextAreas;
import org.octopusdesk.service.AppVersion;

/** Version, data folder, log file, and the licences and data sources the application ships with. */
final class AboutDialog extends Dialog<Void> {

    /** The libraries inside the application and their licences. */
    static final String LICENCES = String.join("\n",
            "OpenJFX 21 — GPL v2 with Classpath Exception",
            "AtlantaFX 2.0.1 — MIT",
            "ControlsFX 11.2.2 — BSD 3-Clause",
            "Ikonli 12.4.0 — Apache 2.0",
            "Material Design Icons — Pictogrammers Free License",
            "H2 Database 2.5.252 — MPL 2.0 / EPL 1.0",
            "Flyway 13 (community) — Apache 2.0",
            "jOOQ 3.19 (open source edition) — Apache 2.0",
            "Apache Commons CSV — Apache 2.0",
            "Apache PDFBox 3.0.8 — Apache 2.0",
            "DejaVu fonts — Bitstream Vera licence and public domain",
            "ECB euro reference rates — Source: ECB statistics (ESCB reuse policy)",
            "picocli 4.7 — Apache 2.0",
            "SLF4J — MIT; Logback — EPL 1.0 / LGPL 2.1");

    AboutDialog(Messages messages, Window owner, Path dataFolder, Path logFile) {
        initOwner(owner);
        setTitle(messages.text("about.title"));
        Label name = new Label(messages.text("app.name"));
        name.getStyleClass().add("title-2");
        Label version = new Label(messages.text("about.version", AppVersion.current()));
        Label purpose = new Label(messages.text("about.purpose"));
        purpose.setWrapText(true);

        GridPane paths = new GridPane();
        paths.setHgap(10);
        paths.setVgap(4);
        paths.addRow(0, caption(messages.text("about.dataFolder")), wrapping(dataFolder.toString()));
        paths.addRow(1, caption(messages.text("about.logFile")), wrapping(logFile.toString()));

        TextArea licences = TextAreas.tabMovesFocus(new TextArea(LICENCES));
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(10);
        Label sources = new Label(messages.text("about.sources"));
        sources.setWrapText(true);

        VBox content = new VBox(10, name, version, purpose, paths,
                new Label(messages.text("about.licences")), licences,
                new Label(messages.text("about.dataSources")), sources);
        content.setPadding(new Insets(10));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().setId("about-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("action.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
