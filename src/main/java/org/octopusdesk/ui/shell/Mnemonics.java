package org.octopusdesk.ui.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuItem;

/**
 * Alt+letter for every menu and menu item, chosen from each text so that both languages get them and no two items of
 * one menu share a letter: the first free letter that starts a word, else the first free letter. Only unaccented
 * letters qualify, since Alt+É cannot be typed on most keyboards ("Édition" gets Alt+D).
 */
final class Mnemonics {

    /** Where each item keeps its text without the mark, so that the letters can be chosen again. */
    private static final String PLAIN_TEXT = "octopus.plainText";

    private Mnemonics() {
    }

    /** Sets the item's text, marked again by the next {@link #assign}. */
    static void setText(MenuItem item, String text) {
        item.getProperties().put(PLAIN_TEXT, text);
        item.setText(escape(text));
    }

    /** Gives each item its letter, in order: earlier items get their first choice. */
    static void assign(List<? extends MenuItem> items) {
        Set<Character> taken = new HashSet<>();
        for (MenuItem item : items) {
            Object plain = item.getProperties().get(PLAIN_TEXT);
            if (plain == null) {
                continue;
            }
            String text = (String) plain;
            int at = choose(text, taken);
            item.setMnemonicParsing(true);
            item.setText(at < 0 ? escape(text)
                    : escape(text.substring(0, at)) + "_" + escape(text.substring(at)));
        }
    }

    private static int choose(String text, Set<Character> taken) {
        for (boolean wordStartsOnly : new boolean[] {true, false}) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
                if ((wordStart || !wordStartsOnly) && plainLetter(c)
                        && taken.add(Character.toLowerCase(c))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean plainLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /** An underscore of the text itself is shown, not taken for the mark. */
    private static String escape(String text) {
        return text.replace("_", "__");
    }
}
