package org.octopusdesk.ui.shell;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
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
import org.octopusdesk.ui.common.Shortcuts;

/**
 * The menu bar in the desktop convention: File and Edit with what the areas contribute, View with one item per area
 * and the language, Help. New, Import, Edit, Delete and Find name and run the action of the area in view; every menu
 * and item has its Alt+letter.
 */
final class MainMenu {

    /** What the window's own menu items do. */
    record Actions(Consumer<AreaId> showArea, Runnable refresh, Consumer<String> switchLanguage, Runnable checkData,
            Runnable auditTrail, Runnable about, Runnable quit, Runnable backups, Runnable database,
            Runnable people) {
    }

    /**
     * An area's menu entry, bound to its window.
     *
     * @param refused whether the session's role lacks what the entry needs: its item stays disabled (decision 0034)
     */
    record Command(AreaId area, MenuSection section, String textKey, String icon, KeyCode shortcutKey,
            Runnable action, boolean refused) {
    }

    private final Messages messages;
    private final MenuBar bar;
    private final List<Command> commands;
    /** The one item of each section that follows the area in view, and the menu it is in. */
    private final Map<MenuSection, MenuItem> following = new EnumMap<>(MenuSection.class);
    private final Map<MenuSection, Menu> menuOf = new EnumMap<>(MenuSection.class);

    MainMenu(Messages messages, Collection<AreaSlot<?>> areas, List<Command> commands, Actions actions) {
        this.messages = messages;
        this.commands = commands;
        Menu file = menu("menu.file");
        addSections(file, MenuSection.NEW, MenuSection.FILE_NEW, MenuSection.IMPORT, MenuSection.FILE_IMPORT_EXPORT);
        addSeparated(file, item("menu.file.backups", Icons.SAVE, null, actions.backups()));
        file.getItems().add(item("menu.file.database", null, null, actions.database()));
        file.getItems().add(item("menu.file.people", null, null, actions.people()));
        addSeparated(file, item("menu.file.quit", null, shortcut(KeyCode.Q), actions.quit()));
        Menu edit = menu("menu.edit");
        addSections(edit, MenuSection.EDIT, MenuSection.DELETE, MenuSection.EDIT_SELECTION, MenuSection.FIND,
                MenuSection.EDIT_FIND);
        Menu view = menu("menu.view");
        for (AreaSlot<?> area : areas) {
            view.getItems().add(item(area.nameKey(), area.icon(), area.shortcut().orElse(null),
                    () -> actions.showArea().accept(area.id())));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("menu.view.refresh", null, new KeyCodeCombination(KeyCode.F5), actions.refresh()),
                new SeparatorMenuItem(), languageMenu(actions.switchLanguage()));
        Menu help = menu("menu.help", item("menu.help.check", Icons.CHECK, null, actions.checkData()),
                item("menu.help.auditTrail", Icons.HISTORY, null, actions.auditTrail()),
                new SeparatorMenuItem(), item("menu.help.about", Icons.INFO, null, actions.about()));
        bar = new MenuBar(file, edit, view, help);
        bar.setId("main-menu");
        List<Menu> menus = List.of(file, edit, view, help);
        refuseSharedShortcuts(menus);
        Mnemonics.assign(menus);
        menus.forEach(menu -> Mnemonics.assign(menu.getItems()));
    }

    MenuBar bar() {
        return bar;
    }

    /**
     * Names the area's own New, Import, Edit, Delete and Find; those it lacks are disabled, and Edit and Delete
     * while {@code nothingSelected} holds.
     */
    void follow(AreaId area, BooleanExpression nothingSelected) {
        Set<Menu> changed = new HashSet<>();
        following.forEach((section, item) -> {
            Command command = commands.stream()
                    .filter(candidate -> candidate.section() == section && candidate.area().equals(area))
                    .findFirst().orElse(null);
            Mnemonics.setText(item, messages.text(command == null ? section.genericTextKey() : command.textKey()));
            item.disableProperty().unbind();
            if (command == null || command.refused()) {
                item.setDisable(true);
            } else if (section.actsOnSelectedRecord()) {
                item.disableProperty().bind(nothingSelected);
            } else {
                item.setDisable(false);
            }
            item.setOnAction(event -> {
                if (command != null) {
                    command.action().run();
                }
            });
            changed.add(menuOf.get(section));
        });
        changed.forEach(menu -> Mnemonics.assign(menu.getItems()));
    }

    /**
     * The areas' entries of these sections, in this order, separated by lines; the items that follow the area in
     * view stand together (Edit…, Delete…).
     */
    private void addSections(Menu menu, MenuSection... sections) {
        boolean following = false;
        for (MenuSection section : sections) {
            if (section.followsAreaInView()) {
                if (commands.stream().anyMatch(command -> command.section() == section)) {
                    MenuItem item = followingItem(menu, section);
                    if (following) {
                        menu.getItems().add(item);
                    } else {
                        addSeparated(menu, item);
                    }
                    following = true;
                }
                continue;
            }
            following = false;
            List<MenuItem> items = commands.stream().filter(command -> command.section() == section)
                    .map(command -> {
                        MenuItem item = item(command.textKey(), command.icon(),
                                command.shortcutKey() == null ? null : shortcut(command.shortcutKey()),
                                command.action());
                        item.setDisable(command.refused());
                        return item;
                    }).toList();
            addSeparated(menu, items.toArray(MenuItem[]::new));
        }
    }

    /** The item of a section that follows the area in view: its icon is the first area's, its text comes later. */
    private MenuItem followingItem(Menu menu, MenuSection section) {
        String icon = commands.stream().filter(command -> command.section() == section).map(Command::icon)
                .filter(code -> code != null).findFirst().orElse(null);
        MenuItem item = item(section.genericTextKey(), icon, section.shortcut(), () -> { });
        item.setDisable(true);
        following.put(section, item);
        menuOf.put(section, menu);
        return item;
    }

    /** Adds the items as one group, below a line when the menu already has items. */
    private static void addSeparated(Menu menu, MenuItem... items) {
        if (items.length > 0 && !menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(items);
    }

    /** Two items on one shortcut would leave one of them deaf: an area contributing a taken key fails at once. */
    private static void refuseSharedShortcuts(List<Menu> menus) {
        Set<KeyCombination> taken = new HashSet<>();
        for (Menu menu : menus) {
            for (MenuItem item : menu.getItems()) {
                KeyCombination shortcut = item.getAccelerator();
                if (shortcut != null && !taken.add(shortcut)) {
                    throw new IllegalStateException("Two menu items use " + shortcut.getName());
                }
            }
        }
    }

    private Menu languageMenu(Consumer<String> switchLanguage) {
        Menu language = menu("menu.view.language");
        language.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (String code : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem();
            Mnemonics.setText(item, messages.text("language." + code));
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
        Mnemonics.assign(language.getItems());
        return language;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(null, null, items);
        Mnemonics.setText(menu, messages.text(key));
        menu.setId(key.replace('.', '-'));
        return menu;
    }

    private MenuItem item(String key, String icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(null, icon == null ? null : Icons.icon(icon));
        Mnemonics.setText(item, messages.text(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return Shortcuts.ctrl(key);
    }
}
