package org.zerodistance.ui.members;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.VisitIntervals;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.HouseholdService;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The "Members and households" settings tab: the skill list, the household category list and each category's
 * expected visit interval.
 */
public final class RegistrySettingsViewModel {

    /** A household category with its visit interval in days, and whether that is the built-in default. */
    public record CategoryRow(String term, int intervalDays, boolean isDefault) {
    }

    private final VocabularyService vocabulary;
    private final HouseholdService households;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<String> skills = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final StringProperty newSkill = new SimpleStringProperty("");
    private final StringProperty newCategory = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    public RegistrySettingsViewModel(VocabularyService vocabulary, HouseholdService households, TaskRunner tasks, DialogService dialogs) {
        this.vocabulary = vocabulary;
        this.households = households;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void load() {
        change(() -> null, null);
    }

    public void addSkill() {
        String term = newSkill.get();
        change(() -> vocabulary.add(VocabularyKind.SKILL, term), added -> {
            newSkill.set("");
            feedback.set(Messages.get("registry.settings.added", added));
        });
    }

    public void addCategory() {
        String term = newCategory.get();
        change(() -> vocabulary.add(VocabularyKind.HOUSEHOLD_CATEGORY, term), added -> {
            newCategory.set("");
            feedback.set(Messages.get("registry.settings.added", added));
        });
    }

    /** Asks for the new name; records carrying the term carry the new one. */
    public void rename(VocabularyKind kind, String term) {
        if (term == null) {
            return;
        }
        dialogs.askText(Messages.get("registry.settings.rename.title"), Messages.get("registry.settings.rename.prompt", term), term)
                .ifPresent(to -> change(() -> vocabulary.rename(kind, term, to),
                        renamed -> feedback.set(Messages.get("registry.settings.renamed", term, renamed))));
    }

    /** Removes after asking; a term still in use is refused with the number of records using it. */
    public void remove(VocabularyKind kind, String term) {
        if (term == null) {
            return;
        }
        if (dialogs.confirm(Messages.get("registry.settings.remove.title"), Messages.get("registry.settings.remove.confirm", term))) {
            change(() -> {
                vocabulary.remove(kind, term);
                return term;
            }, removed -> feedback.set(Messages.get("registry.settings.removed", removed)));
        }
    }

    public void move(VocabularyKind kind, String term, int steps) {
        if (term != null) {
            change(() -> vocabulary.move(kind, term, steps), moved -> feedback.set(""));
        }
    }

    /** Sets a category's visit interval from typed text (blank: back to the default). */
    public void setInterval(String category, String typed) {
        change(() -> {
            Integer days = typed == null || typed.isBlank() ? null : VisitIntervals.parseDays(typed);
            households.setVisitInterval(category, days);
            return days == null ? VisitIntervals.defaultDays(category) : days;
        }, days -> feedback.set(Messages.get("registry.settings.intervalSet", category, days)));
    }

    /** Runs a change in the background, then reloads both lists (after a refusal too, so the screen shows the truth). */
    private <T> void change(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> after) {
        tasks.run(progress -> {
            T result;
            Throwable refusal = null;
            try {
                result = work.call();
            } catch (RuntimeException e) {
                result = null;
                refusal = e;
            }
            return new Outcome<>(result, refusal, vocabulary.list(VocabularyKind.SKILL), vocabulary.list(VocabularyKind.HOUSEHOLD_CATEGORY),
                    households.visitIntervals());
        }, outcome -> {
            skills.setAll(outcome.skills());
            categories.setAll(outcome.categories().stream().map(c -> new CategoryRow(c, outcome.intervals().days(c),
                    outcome.intervals().days(c) == VisitIntervals.defaultDays(c))).toList());
            if (outcome.refusal() != null) {
                dialogs.showError(outcome.refusal());
            } else if (after != null) {
                after.accept(outcome.result());
            }
        }, dialogs::showError);
    }

    public ObservableList<String> skills() {
        return skills;
    }

    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    public StringProperty newSkillProperty() {
        return newSkill;
    }

    public StringProperty newCategoryProperty() {
        return newCategory;
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    private record Outcome<T>(T result, Throwable refusal, List<String> skills, List<String> categories, VisitIntervals intervals) {
    }
}
