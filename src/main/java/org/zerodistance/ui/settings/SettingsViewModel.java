package org.zerodistance.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.SettingsService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.LanguageSwitcher;
import org.zerodistance.ui.common.TaskRunner;

/** The language of the window and the operator's name. */
public final class SettingsViewModel {

    private final SettingsService settings;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final LanguageSwitcher languageSwitcher;
    private final Runnable operatorChanged;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Messages.language());
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");

    public SettingsViewModel(SettingsService settings, TaskRunner tasks, DialogService dialogs,
                             LanguageSwitcher languageSwitcher, Runnable operatorChanged) {
        this.settings = settings;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.languageSwitcher = languageSwitcher;
        this.operatorChanged = operatorChanged;
        language.addListener((obs, before, now) -> applyLanguage());
    }

    public void load() {
        tasks.run(progress -> settings.operator(), operator::set, dialogs::showError);
    }

    public void saveOperator() {
        String name = operator.get();
        tasks.run(progress -> {
            settings.setOperator(name);
            return settings.operator();
        }, saved -> {
            operator.set(saved);
            feedback.set(Messages.get("settings.operator.saved", saved));
            operatorChanged.run();
        }, dialogs::showError);
    }

    /** Applies the chosen language at once (the window is redrawn in it) and remembers it. */
    public void applyLanguage() {
        Language chosen = language.get();
        if (chosen != null && chosen != Messages.language()) {
            languageSwitcher.switchTo(chosen);
        }
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }
}
