package org.octopusdesk.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Dialogs answered by the test, recording what was shown. */
public final class ScriptedDialogs implements DialogService {

    public record Shown(String title, String message, Throwable details) {
    }

    private final List<Shown> errors = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private boolean answer;

    public ScriptedDialogs answering(boolean yes) {
        this.answer = yes;
        return this;
    }

    public List<Shown> errors() {
        return errors;
    }

    public List<String> questions() {
        return questions;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(new Shown(title, message, details));
    }

    @Override
    public void showInformation(String title, String message) {
        questions.add(message);
    }

    @Override
    public void showList(String title, String message, List<String> lines) {
        questions.add(message);
        questions.addAll(lines);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(message);
        return answer;
    }

    @Override
    public boolean ask(String title, String message, String yesLabel, String noLabel) {
        questions.add(message);
        return answer;
    }
}
