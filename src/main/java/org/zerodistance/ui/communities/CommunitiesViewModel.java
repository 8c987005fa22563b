package org.zerodistance.ui.communities;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.CommunityService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/** Adding, renaming, archiving and restoring communities; keeps the toolbar picker in step. */
public final class CommunitiesViewModel {

    private final CommunityService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;
    private final ObservableList<Community> rows = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private List<Community> all = List.of();

    public CommunitiesViewModel(CommunityService service, TaskRunner tasks, DialogService dialogs, CommunityScope scope) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        showArchived.addListener((obs, was, now) -> applyFilter());
    }

    public void load() {
        run(() -> null, "");
    }

    /** Adds the community named in the form field. */
    public void add() {
        String name = newName.get();
        run(() -> service.add(name), null, added -> {
            newName.set("");
            feedback.set(Messages.get("community.added", added.name()));
            if (scope.selected() == null && all.size() == 1) {
                scope.selectedProperty().set(added); // the first community is the one the clerk works in
            }
        });
    }

    /** Asks for a new name and renames. */
    public void rename(Community community) {
        if (community == null) {
            return;
        }
        dialogs.askText(Messages.get("community.rename.title"), Messages.get("community.rename.prompt"), community.name())
                .ifPresent(name -> run(() -> service.rename(community.id(), name), null,
                        renamed -> feedback.set(Messages.get("community.renamed", renamed.name()))));
    }

    /** Archives after confirmation; archived communities leave the picker but keep all their records. */
    public void archive(Community community) {
        if (community == null || community.archived()) {
            return;
        }
        if (dialogs.confirm(Messages.get("community.archive.title"), Messages.get("community.archive.confirm", community.name()))) {
            run(() -> {
                service.archive(community.id());
                return community;
            }, null, c -> feedback.set(Messages.get("community.archived", c.name())));
        }
    }

    public void restore(Community community) {
        if (community == null || !community.archived()) {
            return;
        }
        run(() -> {
            service.restore(community.id());
            return community;
        }, null, c -> feedback.set(Messages.get("community.restored", c.name())));
    }

    private <T> void run(java.util.concurrent.Callable<T> change, String clearFeedback) {
        run(change, clearFeedback, result -> {
        });
    }

    /** Runs a change in the background, then reloads the list (also after a failure, so the screen shows the truth). */
    private <T> void run(java.util.concurrent.Callable<T> change, String clearFeedback, java.util.function.Consumer<T> after) {
        working.set(true);
        if (clearFeedback != null) {
            feedback.set(clearFeedback);
        }
        tasks.run(progress -> new Outcome<>(change.call(), service.list(true)),
                outcome -> {
                    working.set(false);
                    all = outcome.communities();
                    applyFilter();
                    scope.replaceAll(all);
                    after.accept(outcome.result());
                },
                error -> {
                    working.set(false);
                    dialogs.showError(error);
                });
    }

    private void applyFilter() {
        rows.setAll(all.stream().filter(c -> showArchived.get() || !c.archived()).toList());
    }

    public ObservableList<Community> rows() {
        return rows;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    private record Outcome<T>(T result, List<Community> communities) {
    }
}
