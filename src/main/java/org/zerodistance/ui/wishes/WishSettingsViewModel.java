package org.zerodistance.ui.wishes;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.domain.WishOverdueRule;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.service.WishService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;
import org.zerodistance.ui.wordlists.WordListViewModel;

/**
 * The wishes tab of Settings: after how many unclaimed days a wish is overdue, and the list of wish categories
 * (edited as every word list is).
 */
public final class WishSettingsViewModel {

    private final WishService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WordListViewModel categories;
    private final StringProperty overdueDays = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");

    public WishSettingsViewModel(WishService service, VocabularyService vocabulary, TaskRunner tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.categories = new WordListViewModel(VocabularyKind.WISH_CATEGORY, vocabulary, tasks, dialogs);
    }

    public void load() {
        loadOverdueDays();
        categories.load();
    }

    private void loadOverdueDays() {
        tasks.run(progress -> service.overdueRule().unclaimedDays(), days -> overdueDays.set(String.valueOf(days)), dialogs::showError);
    }

    public void saveOverdueDays() {
        int days;
        try {
            days = Integer.parseInt(overdueDays.get().strip());
        } catch (NumberFormatException e) {
            dialogs.showError(new DomainException("wish.error.overdueDays", 1, WishOverdueRule.MAX_DAYS));
            loadOverdueDays();
            return;
        }
        feedback.set("");
        tasks.run(progress -> service.setOverdueDays(days).unclaimedDays(), saved -> {
            feedback.set(Messages.get("wish.settings.overdueDays.saved", saved));
            overdueDays.set(String.valueOf(saved));
        }, error -> {
            dialogs.showError(error);
            loadOverdueDays();
        });
    }

    public StringProperty overdueDaysProperty() {
        return overdueDays;
    }

    /** What the last change of the overdue days did. */
    public StringProperty feedbackProperty() {
        return feedback;
    }

    /** The wish category list's editor; the entry form and the filter offer the same list. */
    public WordListViewModel categories() {
        return categories;
    }
}
