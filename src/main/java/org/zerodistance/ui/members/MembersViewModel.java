package org.zerodistance.ui.members;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.MemberService;
import org.zerodistance.service.StatsService;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.FigureFilter;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The Members screen's state. Loading is in two steps so the first rows show at once however many members there are:
 * the first {@value #FIRST_ROWS} by name, then all of them. Search and filters run in memory on text worked out once
 * per row ({@link MemberRow}); the result replaces the table's rows in one change, so a keystroke costs one pass over the
 * rows and one table update however many members there are.
 */
public final class MembersViewModel {

    static final int FIRST_ROWS = 200;

    private final MemberService members;
    private final VocabularyService vocabulary;
    private final StatsService stats;
    /** The dashboard figure the list is filtered by, if any: search and filters narrow its members further. */
    private final FigureFilter figureFilter = new FigureFilter();
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;

    /** Every loaded row, in the order the table shows (name by pinyin unless the clerk sorted by a column). */
    private final List<MemberRow> master = new ArrayList<>();
    /** The rows the table shows: replaced as a whole on every keystroke (one list change, not one per row). */
    private final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    private Comparator<MemberRow> order = BY_NAME;
    private int activeCount;
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
    private java.util.function.LongConsumer reselect = id -> {
    };

    public MembersViewModel(MemberService members, VocabularyService vocabulary, StatsService stats, TaskRunner tasks,
                            DialogService dialogs, CommunityScope scope) {
        this.members = members;
        this.stats = stats;
        this.vocabulary = vocabulary;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        query.addListener((obs, before, now) -> applyFilter());
        statusFilter.addListener((obs, before, now) -> applyFilter());
        skillFilter.addListener((obs, before, now) -> applyFilter());
        showArchived.addListener((obs, before, now) -> applyFilter());
        selected.addListener((obs, before, now) -> selectionChanged(now));
        scope.selectedProperty().addListener((obs, before, now) -> load());
        applyFilter();
    }

    /** Loads the chosen community's members: the first rows at once, then all of them. */
    public void load() {
        long mine = ++generation;
        Long communityId = scope.selected() == null ? null : scope.selected().id();
        ListFilter filter = figureFilter.get();
        loading.set(true);
        tasks.run(progress -> new FirstStep(toRows(members.firstRows(communityId, true, FIRST_ROWS)), vocabulary.list(VocabularyKind.SKILL),
                        filter == null ? null : stats.recordIds(filter.figure(), filter.quarter(), communityId)),
                first -> {
                    if (mine != generation) {
                        return;
                    }
                    figureFilter.idsLoaded(first.figureIds());
                    replaceSkills(first.skills());
                    replaceAll(first.rows());
                    if (first.rows().size() < FIRST_ROWS) {
                        loading.set(false);
                        return;
                    }
                    tasks.run(progress -> toRows(members.list(communityId, true)), all -> {
                        if (mine == generation) {
                            replaceAll(all);
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

    private void replaceAll(List<MemberRow> loaded) {
        master.clear();
        master.addAll(loaded);
        if (order != BY_NAME) {
            master.sort(order);
        }
        activeCount = (int) master.stream().filter(r -> !r.member().archived()).count();
        applyFilter();
    }

    /** Sorts by a column (the table's comparator; null: by name), keeping the search. */
    public void sort(Comparator<MemberRow> comparator) {
        order = comparator == null ? BY_NAME : comparator.thenComparing(BY_NAME);
        master.sort(order);
        applyFilter();
    }

    /** Runs the search and filters over all loaded rows and shows the result in one change. */
    private void applyFilter() {
        Predicate<MemberRow> predicate = MemberSearch.predicate(query.get(), statusFilter.get(), skillFilter.get(), showArchived.get());
        List<MemberRow> matches = new ArrayList<>();
        int inFilter = 0;
        for (MemberRow row : master) {
            if (!figureFilter.accepts(row.id())) {
                continue;
            }
            inFilter++;
            if (predicate.test(row)) {
                matches.add(row);
            }
        }
        rows.setAll(matches);
        if (figureFilter.isActive()) {
            figureFilter.describe(scope.selected(), null, inFilter, null);
            count.set(matches.size() == inFilter ? Messages.get("list.count", inFilter)
                    : Messages.get("registry.countShown", matches.size(), inFilter));
            return;
        }
        int total = showArchived.get() ? master.size() : activeCount;
        count.set(matches.size() == total ? Messages.get("list.count", total) : Messages.get("registry.countShown", matches.size(), total));
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
        master.removeIf(r -> r.id() == fresh.id());
        Community chosen = scope.selected();
        if (chosen == null || chosen.id() == fresh.member().communityId()) {
            int at = Collections.binarySearch(master, fresh, order);
            master.add(at < 0 ? -at - 1 : at, fresh);
        }
        activeCount = (int) master.stream().filter(r -> !r.member().archived()).count();
        applyFilter();
        reselect.accept(fresh.id());
    }

    /** Called with a member's id after its row was replaced, so the screen can select it again. */
    public void onRowReplaced(java.util.function.LongConsumer action) {
        this.reselect = action;
    }

    /**
     * Shows only the members behind a dashboard figure (registered and serving at the quarter's end, or new in it), for
     * the community chosen in the toolbar; search and filters narrow them further. Null goes back to all members.
     */
    public void applyFigureFilter(ListFilter filter) {
        figureFilter.set(filter);
        load();
    }

    /** Back to every member (the banner's "clear"). */
    public void clearFigureFilter() {
        applyFigureFilter(null);
    }

    /** The figure the list is filtered by, and the banner's words. */
    public FigureFilter figureFilter() {
        return figureFilter;
    }

    /** True when the toolbar shows all communities (the list then names each member's community). */
    public javafx.beans.binding.BooleanBinding allCommunitiesProperty() {
        return scope.selectedProperty().isNull();
    }

    /** The rows the table shows, after search and filters. */
    public ObservableList<MemberRow> rows() {
        return rows;
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

    private record FirstStep(List<MemberRow> rows, List<String> skills, Set<Long> figureIds) {
    }
}
