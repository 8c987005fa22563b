package org.zerodistance.ui.members;

import java.time.LocalDate;
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
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberDraft;
import org.zerodistance.domain.MemberDraft.Field;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.MemberConflictException;
import org.zerodistance.service.MemberService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.ErrorMessages;
import org.zerodistance.ui.common.FieldProblems;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The member form (new or edit): field values, each field's explanation of what is wrong, and saving, including the
 * way out when the ID number is already registered (transfer from another community, restore an archived one).
 * In edit mode the ID number and phone stay masked until the clerk unlocks them, which is an audited reveal.
 */
public final class MemberFormViewModel {

    private final MemberService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Member editing;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty workUnit = new SimpleStringProperty("");
    private final StringProperty partyBranch = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> registrationDate = new SimpleObjectProperty<>();
    private final ObjectProperty<MemberStatus> status = new SimpleObjectProperty<>(MemberStatus.ACTIVE);
    private final ObjectProperty<LocalDate> statusDate = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Community> community = new SimpleObjectProperty<>();
    private final ObservableList<Community> communities = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> skills = new LinkedHashMap<>();
    private final BooleanProperty idLocked = new SimpleBooleanProperty(false);
    private final BooleanProperty phoneLocked = new SimpleBooleanProperty(false);

    private final FieldProblems<Field> problems = new FieldProblems<>(Field.class, () -> draft().problems(LocalDate.now()));
    private final ReadOnlyStringWrapper derived = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private Member saved;

    private MemberFormViewModel(MemberService service, TaskRunner tasks, DialogService dialogs, List<String> skillTerms, Member editing) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.editing = editing;
        for (String term : skillTerms) {
            skills.put(term, new SimpleBooleanProperty(false));
        }
        if (editing != null) {
            name.set(editing.name());
            idNumber.set(editing.maskedIdNumber());
            idLocked.set(true);
            phone.set(editing.phone() == null ? "" : editing.maskedPhone());
            phoneLocked.set(editing.phone() != null);
            workUnit.set(nullToEmpty(editing.workUnit()));
            partyBranch.set(nullToEmpty(editing.partyBranch()));
            editing.skills().forEach(s -> skills.computeIfAbsent(s, k -> new SimpleBooleanProperty()).set(true));
            registrationDate.set(editing.registrationDate());
            status.set(editing.status());
            statusDate.set(editing.statusDate());
            notes.set(nullToEmpty(editing.notes()));
        } else {
            registrationDate.set(LocalDate.now());
        }
        status.addListener((obs, before, now) -> {
            if (now != MemberStatus.ACTIVE && statusDate.get() == null) {
                statusDate.set(LocalDate.now());
            }
        });
        ChangeListener<Object> recheck = (obs, before, now) -> check();
        for (var property : List.of(name, idNumber, phone, workUnit, partyBranch, notes)) {
            property.addListener(recheck);
        }
        registrationDate.addListener(recheck);
        status.addListener(recheck);
        statusDate.addListener(recheck);
        check();
    }

    /** A form for a new member in one of {@code choices}, {@code preselected} chosen (null: the clerk picks). */
    public static MemberFormViewModel forNew(MemberService service, TaskRunner tasks, DialogService dialogs, List<String> skillTerms,
                                             List<Community> choices, Community preselected) {
        MemberFormViewModel form = new MemberFormViewModel(service, tasks, dialogs, skillTerms, null);
        form.communities.setAll(choices);
        form.community.set(preselected != null ? preselected : choices.size() == 1 ? choices.get(0) : null);
        return form;
    }

    /** A form for editing {@code member}. */
    public static MemberFormViewModel forEdit(MemberService service, TaskRunner tasks, DialogService dialogs, List<String> skillTerms,
                                              Member member) {
        return new MemberFormViewModel(service, tasks, dialogs, skillTerms, member);
    }

    public boolean isNew() {
        return editing == null;
    }

    /** Each field's problem as text (shown once the field was left, all after a save attempt). */
    public FieldProblems<Field> problems() {
        return problems;
    }

    /** The clerk asked to change the ID number: shows it in full (audited) and lets it be edited. */
    public void unlockIdNumber() {
        if (editing != null && idLocked.get()) {
            tasks.run(progress -> service.revealIdNumber(editing.id()), value -> {
                idLocked.set(false);
                idNumber.set(value);
            }, dialogs::showError);
        }
    }

    /** Like {@link #unlockIdNumber()} for the phone. */
    public void unlockPhone() {
        if (editing != null && phoneLocked.get()) {
            tasks.run(progress -> service.revealPhone(editing.id()), value -> {
                phoneLocked.set(false);
                phone.set(value == null ? "" : value);
            }, dialogs::showError);
        }
    }

    /** The draft as typed; locked (masked) fields keep the stored value. */
    MemberDraft draft() {
        String id = editing != null && idLocked.get() ? editing.idNumber() : idNumber.get();
        String ph = editing != null && phoneLocked.get() ? editing.phone() : phone.get();
        List<String> chosen = skills.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        return new MemberDraft(name.get(), id, ph, workUnit.get(), partyBranch.get(), chosen, registrationDate.get(), status.get(),
                statusDate.get(), notes.get());
    }

    private void check() {
        problems.update();
        derived.set(derivedText());
    }

    private String derivedText() {
        if (editing != null && idLocked.get()) {
            return Messages.get("member.gender." + editing.gender().code());
        }
        try {
            IdNumber parsed = IdNumber.parse(idNumber.get());
            return Messages.get("member.form.derived", Messages.get("member.gender." + parsed.gender().code()), parsed.birthDate().toString());
        } catch (DomainException e) {
            return "";
        }
    }

    /** True when some field has a problem (shown or not yet). */
    public boolean hasProblems() {
        return problems.any() || (isNew() && community.get() == null);
    }

    /**
     * Saves in the background; {@code onSaved} runs on success. Field problems are shown instead of saving; a refusal
     * is shown at the top of the form, and an ID registered elsewhere or archived is offered a transfer or restore.
     */
    public void save(Runnable onSaved) {
        formError.set("");
        if (hasProblems()) {
            problems.showAll();
            if (isNew() && community.get() == null) {
                formError.set(Messages.get("member.form.communityRequired"));
            }
            return;
        }
        MemberDraft draft = draft();
        saving.set(true);
        if (isNew()) {
            long communityId = community.get().id();
            tasks.run(progress -> service.add(communityId, draft), member -> done(member, onSaved),
                    error -> refused(error, draft, communityId, onSaved));
        } else {
            tasks.run(progress -> service.update(editing.id(), draft), member -> done(member, onSaved),
                    error -> refused(error, draft, editing.communityId(), onSaved));
        }
    }

    private void done(Member member, Runnable onSaved) {
        saving.set(false);
        saved = member;
        onSaved.run();
    }

    private void refused(Throwable error, MemberDraft draft, long communityId, Runnable onSaved) {
        saving.set(false);
        if (error instanceof MemberConflictException conflict && isNew()) {
            String message = ErrorMessages.describe(conflict);
            if (conflict.remedy() == MemberConflictException.Remedy.TRANSFER
                    && dialogs.confirm(Messages.get("member.transfer.title"), message + "\n\n" + Messages.get("member.transfer.confirm",
                    conflict.communityName(), community.get().name()))) {
                saving.set(true);
                tasks.run(progress -> service.transfer(conflict.memberId(), communityId, draft), member -> done(member, onSaved),
                        e -> refused(e, draft, communityId, onSaved));
                return;
            }
            if (conflict.remedy() == MemberConflictException.Remedy.RESTORE
                    && dialogs.confirm(Messages.get("member.restore.title"), message + "\n\n" + Messages.get("member.restore.confirm"))) {
                saving.set(true);
                tasks.run(progress -> service.restoreWith(conflict.memberId(), draft), member -> done(member, onSaved),
                        e -> refused(e, draft, communityId, onSaved));
                return;
            }
            formError.set(message);
            return;
        }
        formError.set(ErrorMessages.describe(error));
    }

    /** The member as saved (after {@link #save} succeeded). */
    public Member saved() {
        return saved;
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return problems.text(field);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty workUnitProperty() {
        return workUnit;
    }

    public StringProperty partyBranchProperty() {
        return partyBranch;
    }

    public ObjectProperty<LocalDate> registrationDateProperty() {
        return registrationDate;
    }

    public ObjectProperty<MemberStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> statusDateProperty() {
        return statusDate;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Community> communityProperty() {
        return community;
    }

    public ObservableList<Community> communities() {
        return communities;
    }

    /** Each skill of the list (in its order) with whether it is ticked. */
    public Map<String, BooleanProperty> skills() {
        return skills;
    }

    public BooleanProperty idLockedProperty() {
        return idLocked;
    }

    public BooleanProperty phoneLockedProperty() {
        return phoneLocked;
    }

    /** Gender and birth date read from the ID number. */
    public ReadOnlyStringProperty derivedProperty() {
        return derived.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
