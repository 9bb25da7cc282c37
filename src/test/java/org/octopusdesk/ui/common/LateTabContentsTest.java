package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tab pane's hidden tabs get their contents after its first frame in a window, or at once when selected, and
 * each is then the node it was built with, styled.
 */
@ExtendWith(ApplicationExtension.class)
class LateTabContentsTest {

    private final StackPane holder = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(holder, 600, 400));
        stage.show();
    }

    private static TabPane tabs(Label... contents) {
        TabPane tabs = new TabPane();
        for (Label content : contents) {
            tabs.getTabs().add(new Tab(content.getText(), content));
        }
        return tabs;
    }

    private static List<Node> contents(TabPane tabs) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> tabs.getTabs().stream().map(Tab::getContent).toList()).get();
    }

    @Test
    void theHiddenTabsJoinAfterTheFirstFrameWithTheirOwnContentsStyled() throws Exception {
        Label edition = new Label("Edition");
        Label programme = new Label("Programme");
        Label budget = new Label("Budget");
        TabPane tabs = WaitForAsyncUtils.asyncFx(() -> {
            TabPane pane = tabs(edition, programme, budget);
            LateTabContents.holdHiddenTabs(pane);
            return pane;
        }).get();

        assertThat(contents(tabs)).as("out of the window, only the selected tab has its content")
                .containsExactly(edition, null, null);

        WaitForAsyncUtils.asyncFx(() -> holder.getChildren().setAll(tabs)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !contents(tabs).contains(null));

        assertThat(contents(tabs)).containsExactly(edition, programme, budget);
        assertThat(WaitForAsyncUtils.asyncFx(() -> programme.getSkin() != null && budget.getSkin() != null).get())
                .as("styled as they joined").isTrue();
    }

    @Test
    void aSelectedTabGetsItsContentAtOnce() throws Exception {
        Label chart = new Label("Chart");
        Label assistance = new Label("Assistance");
        Label notes = new Label("Notes");
        List<Node> afterSelecting = WaitForAsyncUtils.asyncFx(() -> {
            TabPane pane = tabs(chart, assistance, notes);
            LateTabContents.holdHiddenTabs(pane);
            pane.getSelectionModel().select(2);
            return pane.getTabs().stream().map(Tab::getContent).toList();
        }).get();

        assertThat(afterSelecting).as("never in a window, so only the selection brings a content")
                .containsExactly(chart, null, notes);
    }
}
