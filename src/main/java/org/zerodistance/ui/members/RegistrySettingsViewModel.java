package org.zerodistance.ui.members;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.zerodistance.domain.VisitIntervals;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.HouseholdService;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;
import org.zerodistance.ui.wordlists.WordListViewModel;

/**
 * The "Members and households" settings tab: the skill list, the household category list and each category's
 * expected visit interval. Both lists are edited as every word list is ({@link WordListViewModel}); the categories
 * are shown in a table with their intervals.
 */
public final class RegistrySettingsViewModel {

    /** A household category with its visit interval in days, and whether that is the built-in default. */
    public record CategoryRow(String term, int intervalDays, boolean isDefault) {
    }

    private final HouseholdService households;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WordListViewModel skills;
    private final WordListViewModel householdCategories;
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    public RegistrySettingsViewModel(VocabularyService vocabulary, HouseholdService households, TaskRunner tasks, DialogService dialogs) {
        this.households = households;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.skills = new WordListViewModel(VocabularyKind.SKILL, vocabulary, tasks, dialogs);
        this.householdCategories = new WordListViewModel(VocabularyKind.HOUSEHOLD_CATEGORY, vocabulary, tasks, dialogs);
        // a renamed or new category shows the interval it has now
        householdCategories.terms().addListener((ListChangeListener<String>) change -> loadIntervals());
        householdCategories.feedbackProperty().addListener((obs, was, now) -> feedback.set(now));
    }

    public void load() {
        skills.load();
        householdCategories.load();
        loadIntervals();
    }

    private void loadIntervals() {
        tasks.run(progress -> households.visitIntervals(), loaded -> {
            categories.setAll(householdCategories.terms().stream().map(c -> new CategoryRow(c, loaded.days(c),
                    loaded.days(c) == VisitIntervals.defaultDays(c))).toList());
        }, dialogs::showError);
    }

    /** Sets a category's visit interval from typed text (blank: back to the default). */
    public void setInterval(String category, String typed) {
        tasks.run(progress -> {
            Integer days = typed == null || typed.isBlank() ? null : VisitIntervals.parseDays(typed);
            households.setVisitInterval(category, days);
            return days == null ? VisitIntervals.defaultDays(category) : days;
        }, days -> {
            feedback.set(Messages.get("registry.settings.intervalSet", category, days));
            loadIntervals();
        }, error -> {
            dialogs.showError(error);
            loadIntervals(); // the cell shows the interval as it is again
        });
    }

    /** The skill list's editor. */
    public WordListViewModel skills() {
        return skills;
    }

    /** The household category list's editor (its terms shown as {@link #categories()} rows). */
    public WordListViewModel householdCategories() {
        return householdCategories;
    }

    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    /** What the last change to the categories or their intervals did. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
