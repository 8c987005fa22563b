package org.zerodistance.ui.members;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.MemberService;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The Members screen's state. Loading is in two steps so the first rows show at once however many members there are:
 * the first {@value #FIRST_ROWS} by name, then all of them. Search and filters run in memory on text worked out once
 * per row ({@link MemberRow}), by swapping the predicate of a {@link FilteredList}.
 */
public final class MembersViewModel {

    static final int FIRST_ROWS = 200;

    private final MemberService members;
    private final VocabularyService vocabulary;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;

    private final ObservableList<MemberRow> source = FXCollections.observableArrayList();
    private final FilteredList<MemberRow> filtered = new FilteredList<>(source, row -> !row.member().archived());
    private final SortedList<MemberRow> sorted = new SortedList<>(filtered);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<MemberStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> skillFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObservableList<String> skills = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");

    private final ObjectProperty<MemberRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Member> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper revealedId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revealedPhone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    /** Bumped by every load, so the answer of an older load (another community) is dropped. */
    private long generation;
    private long detailGeneration;

    public MembersViewModel(MemberService members, VocabularyService vocabulary, TaskRunner tasks, DialogService dialogs, CommunityScope scope) {
        this.members = members;
        this.vocabulary = vocabulary;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        query.addListener((obs, before, now) -> applyFilter());
        statusFilter.addListener((obs, before, now) -> applyFilter());
        skillFilter.addListener((obs, before, now) -> applyFilter());
        showArchived.addListener((obs, before, now) -> applyFilter());
        filtered.addListener((javafx.collections.ListChangeListener<MemberRow>) change -> updateCount());
        source.addListener((javafx.collections.ListChangeListener<MemberRow>) change -> updateCount());
        selected.addListener((obs, before, now) -> selectionChanged(now));
        scope.selectedProperty().addListener((obs, before, now) -> load());
        updateCount();
    }

    /** Loads the chosen community's members: the first rows at once, then all of them. */
    public void load() {
        long mine = ++generation;
        Long communityId = scope.selected() == null ? null : scope.selected().id();
        loading.set(true);
        tasks.run(progress -> new FirstStep(toRows(members.firstRows(communityId, true, FIRST_ROWS)), vocabulary.list(VocabularyKind.SKILL)),
                first -> {
                    if (mine != generation) {
                        return;
                    }
                    replaceSkills(first.skills());
                    source.setAll(first.rows());
                    if (first.rows().size() < FIRST_ROWS) {
                        loading.set(false);
                        return;
                    }
                    tasks.run(progress -> toRows(members.list(communityId, true)), all -> {
                        if (mine == generation) {
                            source.setAll(all);
                            loading.set(false);
                        }
                    }, this::loadFailed);
                }, this::loadFailed);
    }

    private void loadFailed(Throwable error) {
        loading.set(false);
        dialogs.showError(error);
    }

    /** Rows in pinyin order of the name (worked out in the background). */
    static List<MemberRow> toRows(List<MemberSummary> summaries) {
        Collator collator = MemberRow.newCollator();
        List<MemberRow> rows = new ArrayList<>(summaries.size());
        for (MemberSummary s : summaries) {
            rows.add(new MemberRow(s, collator));
        }
        rows.sort(BY_NAME);
        return rows;
    }

    static final Comparator<MemberRow> BY_NAME = Comparator.comparing(MemberRow::nameKey).thenComparingLong(MemberRow::id);

    private void replaceSkills(List<String> latest) {
        String chosen = skillFilter.get();
        skills.setAll(latest);
        if (chosen != null && !latest.contains(chosen)) {
            skillFilter.set(null);
        }
    }

    private void applyFilter() {
        filtered.setPredicate(MemberSearch.predicate(query.get(), statusFilter.get(), skillFilter.get(), showArchived.get()));
    }

    private void updateCount() {
        int shown = filtered.size();
        long total = showArchived.get() ? source.size() : source.stream().filter(r -> !r.member().archived()).count();
        count.set(shown == total ? Messages.get("list.count", shown) : Messages.get("registry.countShown", shown, total));
    }

    private void selectionChanged(MemberRow row) {
        revealedId.set("");
        revealedPhone.set("");
        detail.set(null);
        long mine = ++detailGeneration;
        if (row == null) {
            return;
        }
        tasks.run(progress -> members.get(row.id()), member -> {
            if (mine == detailGeneration) {
                detail.set(member);
            }
        }, dialogs::showError);
    }

    /** Shows the selected member's ID number in full; the service writes the audit entry. */
    public void revealIdNumber() {
        MemberRow row = selected.get();
        if (row != null) {
            tasks.run(progress -> members.revealIdNumber(row.id()), revealedId::set, dialogs::showError);
        }
    }

    public void revealPhone() {
        MemberRow row = selected.get();
        if (row != null && row.member().phone() != null) {
            tasks.run(progress -> members.revealPhone(row.id()), value -> revealedPhone.set(value == null ? "" : value), dialogs::showError);
        }
    }

    /** A form for a new member in the chosen community (the clerk picks one when all are shown). */
    public MemberFormViewModel newForm() {
        return MemberFormViewModel.forNew(members, tasks, dialogs, List.copyOf(skills), List.copyOf(scope.communities()), scope.selected());
    }

    /** Loads the whole member in the background and hands over an edit form. */
    public void editForm(MemberRow row, Consumer<MemberFormViewModel> open) {
        if (row == null) {
            return;
        }
        List<String> terms = List.copyOf(skills);
        tasks.run(progress -> members.get(row.id()), member -> open.accept(MemberFormViewModel.forEdit(members, tasks, dialogs, terms, member)),
                dialogs::showError);
    }

    /** After a form saved: puts the member's fresh row in place (or takes it away when it left this community). */
    public void saved(Member member) {
        feedback.set(Messages.get("member.saved", member.name()));
        refreshRow(member.id());
    }

    /** Archives after asking; the row stays visible only when archived members are shown. */
    public void archive(MemberRow row) {
        if (row == null || row.member().archived()) {
            return;
        }
        if (dialogs.confirm(Messages.get("member.archive.title"), Messages.get("member.archive.confirm", row.member().name()))) {
            tasks.run(progress -> {
                members.archive(row.id());
                return row;
            }, r -> {
                feedback.set(Messages.get("member.archived", r.member().name()));
                refreshRow(r.id());
            }, dialogs::showError);
        }
    }

    public void restore(MemberRow row) {
        if (row == null || !row.member().archived()) {
            return;
        }
        tasks.run(progress -> {
            members.restore(row.id());
            return row;
        }, r -> {
            feedback.set(Messages.get("member.restored", r.member().name()));
            refreshRow(r.id());
        }, dialogs::showError);
    }

    private void refreshRow(long id) {
        tasks.run(progress -> toRows(List.of(members.summary(id))).get(0), this::upsert, dialogs::showError);
    }

    private void upsert(MemberRow fresh) {
        int at = -1;
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).id() == fresh.id()) {
                at = i;
                break;
            }
        }
        Community chosen = scope.selected();
        boolean belongs = chosen == null || chosen.id() == fresh.member().communityId();
        if (at >= 0) {
            source.remove(at);
        }
        if (belongs) {
            int insertAt = java.util.Collections.binarySearch(source, fresh, BY_NAME);
            source.add(insertAt < 0 ? -insertAt - 1 : insertAt, fresh);
            MemberRow current = selected.get();
            if (current != null && current.id() == fresh.id()) {
                selectionChanged(fresh);
            }
        }
    }

    /** True when the toolbar shows all communities (the list then names each member's community). */
    public javafx.beans.binding.BooleanBinding allCommunitiesProperty() {
        return scope.selectedProperty().isNull();
    }

    public SortedList<MemberRow> rows() {
        return sorted;
    }

    /** How many rows the in-memory list holds (all loaded, before search). */
    int loadedCount() {
        return source.size();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<MemberStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> skillFilterProperty() {
        return skillFilter;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObservableList<String> skills() {
        return skills;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObjectProperty<MemberRow> selectedProperty() {
        return selected;
    }

    /** The selected member in full (notes included), once loaded. */
    public ReadOnlyObjectProperty<Member> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revealedIdProperty() {
        return revealedId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revealedPhoneProperty() {
        return revealedPhone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    private record FirstStep(List<MemberRow> rows, List<String> skills) {
    }
}
