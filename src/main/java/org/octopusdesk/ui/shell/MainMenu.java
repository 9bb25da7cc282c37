package org.octopusdesk.ui.shell;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Icons;

/** The menu bar in the desktop convention: File, Edit, View (with the language), Help. */
final class MainMenu {

    /** What the menu items do. */
    record Actions(
            Runnable newProject,
            Runnable editProject,
            Runnable amendProject,
            Runnable deleteProject,
            Runnable find,
            Runnable importRates,
            Consumer<Area> showArea,
            Runnable refresh,
            Consumer<String> switchLanguage,
            Runnable about,
            Runnable quit) {
    }

    private final Messages messages;
    private final MenuBar bar;

    MainMenu(Messages messages, Actions actions) {
        this.messages = messages;
        Menu file = menu("menu.file",
                item("menu.file.newProject", Icons.NEW, shortcut(KeyCode.N), actions.newProject()),
                item("menu.file.importRates", Icons.IMPORT, shortcut(KeyCode.I), actions.importRates()),
                new SeparatorMenuItem(),
                item("menu.file.quit", null, shortcut(KeyCode.Q), actions.quit()));
        Menu edit = menu("menu.edit",
                item("menu.edit.editProject", Icons.EDIT, shortcut(KeyCode.E), actions.editProject()),
                item("menu.edit.amendProject", Icons.AMEND, null, actions.amendProject()),
                item("menu.edit.deleteProject", Icons.DELETE, null, actions.deleteProject()),
                new SeparatorMenuItem(),
                item("menu.edit.find", Icons.FIND, shortcut(KeyCode.F), actions.find()));
        Menu view = menu("menu.view");
        for (Area area : Area.values()) {
            view.getItems().add(item(area.messageKey(), area.icon(), shortcut(area.shortcutKey()),
                    () -> actions.showArea().accept(area)));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("menu.view.refresh", null, new KeyCodeCombination(KeyCode.F5), actions.refresh()),
                new SeparatorMenuItem(), languageMenu(actions.switchLanguage()));
        Menu help = menu("menu.help", item("menu.help.about", Icons.INFO, null, actions.about()));
        bar = new MenuBar(file, edit, view, help);
        bar.setId("main-menu");
    }

    MenuBar bar() {
        return bar;
    }

    private Menu languageMenu(Consumer<String> switchLanguage) {
        Menu language = menu("menu.view.language");
        language.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (String code : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(messages.text("language." + code));
            item.setId("menu-language-" + code);
            item.setToggleGroup(group);
            item.setSelected(code.equals(messages.language()));
            item.setOnAction(event -> {
                if (!code.equals(messages.language())) {
                    switchLanguage.accept(code);
                }
            });
            language.getItems().add(item);
        }
        return language;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(messages.text(key), null, items);
        menu.setId(key.replace('.', '-'));
        return menu;
    }

    private MenuItem item(String key, String icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.text(key), icon == null ? null : Icons.icon(icon));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
