package org.zerodistance.ui.wordlists;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/**
 * One editable word list (skills, wish categories, team specialties, …): its terms in order, adding, renaming,
 * removing an unused term after asking, and moving a term up or down. Every settings tab with a word list uses this.
 */
public final class WordListViewModel {

    private final VocabularyKind kind;
    private final VocabularyService vocabulary;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<String> terms = FXCollections.observableArrayList();
    private final StringProperty newTerm = new SimpleStringProperty("");
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    public WordListViewModel(VocabularyKind kind, VocabularyService vocabulary, TaskRunner tasks, DialogService dialogs) {
        this.kind = kind;
        this.vocabulary = vocabulary;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void load() {
        change(() -> null, null);
    }

    /** Adds the typed term at the end of the list (refused when blank, too long or already there). */
    public void add() {
        String term = newTerm.get();
        change(() -> vocabulary.add(kind, term), added -> {
            newTerm.set("");
            selected.set(added);
            feedback.set(Messages.get("wordlist.added", added));
        });
    }

    /** Asks for the new name; records carrying the term carry the new one. */
    public void rename(String term) {
        if (term == null) {
            return;
        }
        dialogs.askText(Messages.get("wordlist.rename.title"), Messages.get("wordlist.rename.prompt", term), term)
                .ifPresent(to -> change(() -> vocabulary.rename(kind, term, to), renamed -> {
                    selected.set(renamed);
                    feedback.set(Messages.get("wordlist.renamed", term, renamed));
                }));
    }

    /** Removes after asking; a term still in use is refused with the number of records using it. */
    public void remove(String term) {
        if (term == null) {
            return;
        }
        if (dialogs.confirm(Messages.get("wordlist.remove.title"), Messages.get("wordlist.remove.confirm", term))) {
            change(() -> {
                vocabulary.remove(kind, term);
                return term;
            }, removed -> feedback.set(Messages.get("wordlist.removed", removed)));
        }
    }

    /** Moves a term up (negative {@code steps}) or down; it stays selected. */
    public void move(String term, int steps) {
        if (term != null) {
            change(() -> vocabulary.move(kind, term, steps), moved -> {
                selected.set(term);
                feedback.set("");
            });
        }
    }

    /** Runs a change in the background, then reloads the list (after a refusal too, so the screen shows the truth). */
    private <T> void change(Callable<T> work, Consumer<T> after) {
        tasks.run(progress -> {
            T result = null;
            RuntimeException refusal = null;
            try {
                result = work.call();
            } catch (RuntimeException e) {
                refusal = e;
            }
            return new Outcome<>(result, refusal, vocabulary.list(kind));
        }, outcome -> {
            String keep = selected.get();
            if (!terms.equals(outcome.terms())) {
                selected.set(null); // a list view showing the terms clears its selection on the change: choose again after
                terms.setAll(outcome.terms());
            }
            selected.set(outcome.terms().contains(keep) ? keep : null);
            if (outcome.refusal() != null) {
                feedback.set("");
                dialogs.showError(outcome.refusal());
            } else if (after != null) {
                after.accept(outcome.result());
            }
        }, dialogs::showError);
    }

    public VocabularyKind kind() {
        return kind;
    }

    /** The list's heading (专长列表, 心愿类别, …). */
    public String title() {
        return Messages.get("wordlist." + kind.name() + ".title");
    }

    /** What the list is for and what renaming and removing do. */
    public String hint() {
        return Messages.get("wordlist." + kind.name() + ".hint");
    }

    /** The prompt in the field for a new term. */
    public String prompt() {
        return Messages.get("wordlist." + kind.name() + ".new");
    }

    public ObservableList<String> terms() {
        return terms;
    }

    public StringProperty newTermProperty() {
        return newTerm;
    }

    /** The term the clerk chose in the list; kept across reloads while it is still there. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    private record Outcome<T>(T result, RuntimeException refusal, List<String> terms) {
    }
}
