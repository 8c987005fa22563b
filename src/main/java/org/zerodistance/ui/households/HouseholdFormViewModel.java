package org.zerodistance.ui.households;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.HouseholdDraft;
import org.zerodistance.domain.HouseholdDraft.Field;
import org.zerodistance.domain.TextNormalizer;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.HouseholdService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.ErrorMessages;
import org.zerodistance.ui.common.FieldProblems;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The household form (new or edit): values, each field's explanation, saving. In edit mode the phone stays masked
 * until the clerk unlocks it (an audited reveal).
 */
public final class HouseholdFormViewModel {

    private final HouseholdService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Household editing;

    private final StringProperty headName = new SimpleStringProperty("");
    private final StringProperty building = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty peopleCount = new SimpleStringProperty("1");
    private final StringProperty notes = new SimpleStringProperty("");
    private final Map<String, BooleanProperty> categories = new LinkedHashMap<>();
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final BooleanProperty phoneLocked = new SimpleBooleanProperty(false);
    private final FieldProblems<Field> problems = new FieldProblems<>(Field.class, () -> draft().problems());
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private Household saved;

    private HouseholdFormViewModel(HouseholdService service, TaskRunner tasks, DialogService dialogs, List<String> categoryTerms,
                                   Household editing) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.editing = editing;
        ChangeListener<Object> recheck = (obs, before, now) -> check();
        for (String term : categoryTerms) {
            BooleanProperty ticked = new SimpleBooleanProperty(false);
            ticked.addListener(recheck);
            categories.put(term, ticked);
        }
        if (editing != null) {
            headName.set(editing.headName());
            building.set(orEmpty(editing.building()));
            unit.set(orEmpty(editing.unit()));
            room.set(orEmpty(editing.room()));
            phone.set(editing.phone() == null ? "" : org.zerodistance.domain.Phone.mask(editing.phone()));
            phoneLocked.set(editing.phone() != null);
            peopleCount.set(String.valueOf(editing.peopleCount()));
            notes.set(orEmpty(editing.notes()));
            for (String category : editing.categories()) {
                categories.computeIfAbsent(category, k -> {
                    BooleanProperty ticked = new SimpleBooleanProperty();
                    ticked.addListener(recheck);
                    return ticked;
                }).set(true);
            }
        }
        for (var property : List.of(headName, building, unit, room, phone, peopleCount, notes)) {
            property.addListener(recheck);
        }
        check();
    }

    public static HouseholdFormViewModel forNew(HouseholdService service, TaskRunner tasks, DialogService dialogs, List<String> categoryTerms,
                                                List<Community> choices, Community preselected) {
        HouseholdFormViewModel form = new HouseholdFormViewModel(service, tasks, dialogs, categoryTerms, null);
        form.communities.setAll(choices);
        form.community.set(preselected != null ? preselected : choices.size() == 1 ? choices.get(0) : null);
        return form;
    }

    public static HouseholdFormViewModel forEdit(HouseholdService service, TaskRunner tasks, DialogService dialogs, List<String> categoryTerms,
                                                 Household household) {
        return new HouseholdFormViewModel(service, tasks, dialogs, categoryTerms, household);
    }

    public boolean isNew() {
        return editing == null;
    }

    /** Each field's problem as text (shown once the field was left, all after a save attempt). */
    public FieldProblems<Field> problems() {
        return problems;
    }

    /** Shows the phone in full (audited) so it can be changed. */
    public void unlockPhone() {
        if (editing != null && phoneLocked.get()) {
            tasks.run(progress -> service.revealPhone(editing.id()), value -> {
                phoneLocked.set(false);
                phone.set(value == null ? "" : value);
            }, dialogs::showError);
        }
    }

    HouseholdDraft draft() {
        int people;
        try {
            people = Integer.parseInt(TextNormalizer.toHalfWidth(peopleCount.get()).strip());
        } catch (NumberFormatException | NullPointerException e) {
            people = 0; // reported by the draft as "1 to 99 people"
        }
        String ph = editing != null && phoneLocked.get() ? editing.phone() : phone.get();
        List<String> chosen = categories.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        return new HouseholdDraft(headName.get(), building.get(), unit.get(), room.get(), ph, chosen, people, notes.get());
    }

    private void check() {
        problems.update();
    }

    public boolean hasProblems() {
        return problems.any() || (isNew() && community.get() == null);
    }

    /** Saves in the background; problems are shown by their fields, a refusal at the top of the form. */
    public void save(Runnable onSaved) {
        formError.set("");
        if (hasProblems()) {
            problems.showAll();
            if (isNew() && community.get() == null) {
                formError.set(Messages.get("member.form.communityRequired"));
            }
            return;
        }
        HouseholdDraft draft = draft();
        saving.set(true);
        TaskRunner.Work<Household> work = isNew()
                ? progress -> service.add(community.get().id(), draft)
                : progress -> service.update(editing.id(), draft);
        tasks.run(work, household -> {
            saving.set(false);
            saved = household;
            onSaved.run();
        }, error -> {
            saving.set(false);
            formError.set(ErrorMessages.describe(error));
        });
    }

    public Household saved() {
        return saved;
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return problems.text(field);
    }

    public StringProperty headNameProperty() {
        return headName;
    }

    public StringProperty buildingProperty() {
        return building;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty peopleCountProperty() {
        return peopleCount;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public Map<String, BooleanProperty> categories() {
        return categories;
    }

    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    public ObservableList<Community> communities() {
        return communities;
    }

    public BooleanProperty phoneLockedProperty() {
        return phoneLocked;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
