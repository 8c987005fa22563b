package org.zerodistance.ui.households;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.zerodistance.domain.HouseholdSummary;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VisitDraft;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.HouseholdService;
import org.zerodistance.ui.common.ErrorMessages;
import org.zerodistance.ui.common.TaskRunner;

/**
 * Recording a visit: date, the visiting members (ticked in a list that can be searched, since a community may have
 * thousands), a note. Each visitor earns a VISIT passbook entry when saved.
 */
public final class VisitFormViewModel {

    /** A member who can be ticked as a visitor. */
    public static final class Candidate {
        private final MemberSummary member;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);
        private final String text;

        Candidate(MemberSummary member) {
            this.member = member;
            this.text = (member.name() + '\u0001' + (member.workUnit() == null ? "" : member.workUnit())).toLowerCase(Locale.ROOT);
        }

        public MemberSummary member() {
            return member;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return member.workUnit() == null ? member.name() : member.name() + "（" + member.workUnit() + "）";
        }
    }

    private final HouseholdService service;
    private final TaskRunner tasks;
    private final HouseholdSummary household;
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final FilteredList<Candidate> shown = new FilteredList<>(candidates);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<Candidate> chosen = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private Visit saved;

    public VisitFormViewModel(HouseholdService service, TaskRunner tasks, HouseholdSummary household, List<MemberSummary> members) {
        this.service = service;
        this.tasks = tasks;
        this.household = household;
        for (MemberSummary m : members) {
            Candidate c = new Candidate(m);
            c.chosenProperty().addListener((obs, was, now) -> {
                if (now) {
                    chosen.add(c);
                } else {
                    chosen.remove(c);
                }
            });
            candidates.add(c);
        }
        filter.addListener((obs, before, now) -> {
            String word = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(word.isEmpty() ? null : c -> c.text.contains(word) || c.chosen.get());
        });
    }

    /** Saves in the background; a refusal is shown at the top of the form. */
    public void save(Runnable onSaved) {
        formError.set("");
        if (date.get() == null) {
            formError.set(Messages.get("visit.error.dateRequired"));
            return;
        }
        if (chosen.isEmpty()) {
            formError.set(Messages.get("visit.error.visitorRequired"));
            return;
        }
        VisitDraft draft = new VisitDraft(household.id(), date.get(), chosen.stream().map(c -> c.member().id()).toList(), note.get(), null);
        saving.set(true);
        tasks.run(progress -> service.addVisit(draft), visit -> {
            saving.set(false);
            saved = visit;
            onSaved.run();
        }, error -> {
            saving.set(false);
            formError.set(ErrorMessages.describe(error));
        });
    }

    public Visit saved() {
        return saved;
    }

    public HouseholdSummary household() {
        return household;
    }

    /** Members matching the filter (ticked ones always stay). */
    public FilteredList<Candidate> shownCandidates() {
        return shown;
    }

    public ObservableList<Candidate> chosen() {
        return chosen;
    }

    public BooleanBinding noneChosen() {
        return Bindings.isEmpty(chosen);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
