package org.zerodistance.ui.households;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.HouseholdSummary;
import org.zerodistance.domain.TextNormalizer;
import org.zerodistance.domain.Visit;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.HouseholdService;
import org.zerodistance.service.MemberService;
import org.zerodistance.service.StatsService;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.FigureFilter;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The Households screen's state: the list with search (head, address, category, notes, phone tail), filters
 * (category, overdue only, archived), the selected household's visits, and the actions.
 */
public final class HouseholdsViewModel {

    private final HouseholdService households;
    private final MemberService members;
    private final VocabularyService vocabulary;
    private final StatsService stats;
    /** The dashboard figure the list is filtered by, if any: search and filters narrow its households further. */
    private final FigureFilter figureFilter = new FigureFilter();
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;

    private final ObservableList<HouseholdRow> source = FXCollections.observableArrayList();
    private final FilteredList<HouseholdRow> filtered = new FilteredList<>(source, row -> !row.summary().household().archived());
    private final SortedList<HouseholdRow> sorted = new SortedList<>(filtered);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> categoryFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ObjectProperty<HouseholdRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<Visit> visits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper revealedPhone = new ReadOnlyStringWrapper("");
    private LocalDate today = LocalDate.now();
    private long generation;
    private long detailGeneration;

    public HouseholdsViewModel(HouseholdService households, MemberService members, VocabularyService vocabulary,
                               StatsService stats, TaskRunner tasks, DialogService dialogs, CommunityScope scope) {
        this.households = households;
        this.stats = stats;
        this.members = members;
        this.vocabulary = vocabulary;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        query.addListener((obs, before, now) -> applyFilter());
        categoryFilter.addListener((obs, before, now) -> applyFilter());
        overdueOnly.addListener((obs, before, now) -> applyFilter());
        showArchived.addListener((obs, before, now) -> applyFilter());
        filtered.addListener((ListChangeListener<HouseholdRow>) change -> updateCount());
        source.addListener((ListChangeListener<HouseholdRow>) change -> updateCount());
        selected.addListener((obs, before, now) -> loadDetail(now));
        scope.selectedProperty().addListener((obs, before, now) -> load());
    }

    /** Loads the chosen community's households (archived ones too: the filter hides them). */
    public void load() {
        long mine = ++generation;
        Long communityId = scope.selected() == null ? null : scope.selected().id();
        ListFilter filter = figureFilter.get();
        loading.set(true);
        tasks.run(progress -> new Loaded(households.list(communityId, true).stream().map(HouseholdRow::new).toList(),
                        vocabulary.list(VocabularyKind.HOUSEHOLD_CATEGORY),
                        filter == null ? null : stats.recordIds(filter.figure(), filter.quarter(), communityId)),
                loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    figureFilter.idsLoaded(loaded.figureIds());
                    today = LocalDate.now();
                    String chosen = categoryFilter.get();
                    categories.setAll(loaded.categories());
                    if (chosen != null && !loaded.categories().contains(chosen)) {
                        categoryFilter.set(null);
                    }
                    source.setAll(loaded.rows());
                    applyFilter();
                    loading.set(false);
                }, error -> {
                    loading.set(false);
                    dialogs.showError(error);
                });
    }

    private void applyFilter() {
        String[] words = words(query.get());
        String category = categoryFilter.get();
        boolean overdue = overdueOnly.get();
        boolean archived = showArchived.get();
        LocalDate day = today;
        filtered.setPredicate(row -> {
            HouseholdSummary s = row.summary();
            return figureFilter.accepts(row.id())
                    && (archived || !s.household().archived())
                    && (category == null || s.household().categories().contains(category))
                    && (!overdue || (!s.household().archived() && s.isOverdue(day)))
                    && row.matches(words);
        });
    }

    static String[] words(String query) {
        if (query == null || query.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(TextNormalizer.toHalfWidth(query).strip().split("\\s+")).map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    private void updateCount() {
        int shown = filtered.size();
        if (figureFilter.isActive()) {
            long inFilter = source.stream().filter(r -> figureFilter.accepts(r.id())).count();
            figureFilter.describe(scope.selected(), null, inFilter, null);
            count.set(shown == inFilter ? Messages.get("list.count", shown) : Messages.get("registry.countShown", shown, inFilter));
            return;
        }
        long total = showArchived.get() ? source.size() : source.stream().filter(r -> !r.summary().household().archived()).count();
        count.set(shown == total ? Messages.get("list.count", shown) : Messages.get("registry.countShown", shown, total));
    }

    private void loadDetail(HouseholdRow row) {
        visits.clear();
        revealedPhone.set("");
        long mine = ++detailGeneration;
        if (row == null) {
            return;
        }
        tasks.run(progress -> households.visits(row.id()), list -> {
            if (mine == detailGeneration) {
                visits.setAll(list);
            }
        }, dialogs::showError);
    }

    /** Shows the selected household's phone in full; the service writes the audit entry. */
    public void revealPhone() {
        HouseholdRow row = selected.get();
        if (row != null && row.summary().household().phone() != null) {
            tasks.run(progress -> households.revealPhone(row.id()), value -> revealedPhone.set(value == null ? "" : value), dialogs::showError);
        }
    }

    public HouseholdFormViewModel newForm() {
        return HouseholdFormViewModel.forNew(households, tasks, dialogs, List.copyOf(categories), List.copyOf(scope.communities()), scope.selected());
    }

    /** Loads the household (with its phone for the form, masked until unlocked) and hands over an edit form. */
    public void editForm(HouseholdRow row, Consumer<HouseholdFormViewModel> open) {
        if (row == null) {
            return;
        }
        List<String> terms = List.copyOf(categories);
        tasks.run(progress -> households.get(row.id()), h -> open.accept(HouseholdFormViewModel.forEdit(households, tasks, dialogs, terms, h)),
                dialogs::showError);
    }

    /** A visit form for the selected household: its community's active members to choose from. */
    public void visitForm(HouseholdRow row, Consumer<VisitFormViewModel> open) {
        if (row == null) {
            return;
        }
        if (row.summary().household().archived()) {
            dialogs.showError(new org.zerodistance.service.ServiceException("visit.error.householdArchived", row.summary().household().headName()));
            return;
        }
        long communityId = row.summary().household().communityId();
        tasks.run(progress -> members.list(communityId, false),
                list -> open.accept(new VisitFormViewModel(households, tasks, row.summary(), list)), dialogs::showError);
    }

    /** After a form saved: reloads the list (small) and keeps the household selected. */
    public void saved(String messageKey, String name, long householdId, Runnable reselect) {
        feedback.set(Messages.get(messageKey, name));
        reload(householdId, reselect);
    }

    private void reload(long householdId, Runnable reselect) {
        long mine = ++generation;
        Long communityId = scope.selected() == null ? null : scope.selected().id();
        tasks.run(progress -> households.list(communityId, true).stream().map(HouseholdRow::new).toList(), rows -> {
            if (mine == generation) {
                source.setAll(rows);
                reselect.run();
                HouseholdRow current = selected.get();
                if (current != null && current.id() == householdId) {
                    loadDetail(current);
                }
            }
        }, dialogs::showError);
    }

    public void archive(HouseholdRow row, Runnable reselect) {
        if (row == null || row.summary().household().archived()) {
            return;
        }
        String head = row.summary().household().headName();
        if (dialogs.confirm(Messages.get("household.archive.title"), Messages.get("household.archive.confirm", head))) {
            tasks.run(progress -> {
                households.archive(row.id());
                return row;
            }, r -> saved("household.archived", head, r.id(), reselect), dialogs::showError);
        }
    }

    public void restore(HouseholdRow row, Runnable reselect) {
        if (row == null || !row.summary().household().archived()) {
            return;
        }
        String head = row.summary().household().headName();
        tasks.run(progress -> {
            households.restore(row.id());
            return row;
        }, r -> saved("household.restored", head, r.id(), reselect), dialogs::showError);
    }

    /**
     * Shows only the households behind a dashboard figure (current, visited in the quarter, or visited by its end) for
     * the community chosen in the toolbar; search and filters narrow them further. Null goes back to all households.
     */
    public void applyFigureFilter(ListFilter filter) {
        figureFilter.set(filter);
        load();
    }

    /** Back to every household (the banner's "clear"). */
    public void clearFigureFilter() {
        applyFigureFilter(null);
    }

    /** The figure the list is filtered by, and the banner's words. */
    public FigureFilter figureFilter() {
        return figureFilter;
    }

    /** The date the overdue check uses (the day the list was loaded). */
    public LocalDate today() {
        return today;
    }

    public SortedList<HouseholdRow> rows() {
        return sorted;
    }

    public BooleanBinding allCommunitiesProperty() {
        return scope.selectedProperty().isNull();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> categoryFilterProperty() {
        return categoryFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ObjectProperty<HouseholdRow> selectedProperty() {
        return selected;
    }

    /** The selected household's visits, latest first. */
    public ObservableList<Visit> visits() {
        return visits;
    }

    public ReadOnlyStringProperty revealedPhoneProperty() {
        return revealedPhone.getReadOnlyProperty();
    }

    Community scopeCommunity() {
        return scope.selected();
    }

    private record Loaded(List<HouseholdRow> rows, List<String> categories, Set<Long> figureIds) {
    }
}
