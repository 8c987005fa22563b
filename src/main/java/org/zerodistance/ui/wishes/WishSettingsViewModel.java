package org.zerodistance.ui.wishes;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.DomainException;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.WishService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/** The wishes tab of Settings: after how many unclaimed days a wish is overdue, and the list of wish categories. */
public final class WishSettingsViewModel {

    private final WishService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty overdueDays = new SimpleStringProperty("");
    private final StringProperty newCategory = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final ObservableList<String> categories = FXCollections.observableArrayList();

    public WishSettingsViewModel(WishService service, TaskRunner tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void load() {
        tasks.run(progress -> new Snapshot(service.overdueRule().unclaimedDays(), service.categories()), snapshot -> {
            overdueDays.set(String.valueOf(snapshot.days()));
            categories.setAll(snapshot.categories());
        }, dialogs::showError);
    }

    public void saveOverdueDays() {
        int days;
        try {
            days = Integer.parseInt(overdueDays.get().strip());
        } catch (NumberFormatException e) {
            dialogs.showError(new DomainException("wish.error.overdueDays", 1, org.zerodistance.domain.WishOverdueRule.MAX_DAYS));
            return;
        }
        run(() -> service.setOverdueDays(days).unclaimedDays(), saved -> Messages.get("wish.settings.overdueDays.saved", saved));
    }

    public void addCategory() {
        String term = newCategory.get();
        run(() -> {
            service.addCategory(term);
            return term.strip();
        }, added -> {
            newCategory.set("");
            return Messages.get("wish.settings.category.added", added);
        });
    }

    /** Removes a category after the clerk confirms (refused while wishes use it). */
    public void removeCategory(String category) {
        if (category == null) {
            return;
        }
        if (dialogs.confirm(Messages.get("wish.settings.category.remove.title"),
                Messages.get("wish.settings.category.remove.confirm", category))) {
            run(() -> {
                service.removeCategory(category);
                return category;
            }, removed -> Messages.get("wish.settings.category.removed", removed));
        }
    }

    private <T> void run(Callable<T> change, java.util.function.Function<T, String> message) {
        feedback.set("");
        tasks.run(progress -> change.call(), result -> {
            feedback.set(message.apply(result));
            load();
        }, error -> {
            dialogs.showError(error);
            load();
        });
    }

    public StringProperty overdueDaysProperty() {
        return overdueDays;
    }

    public StringProperty newCategoryProperty() {
        return newCategory;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    private record Snapshot(int days, List<String> categories) {
    }
}
