package org.zerodistance.ui.wishes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Claimant;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.domain.WishChange;
import org.zerodistance.domain.WishEvent;
import org.zerodistance.domain.WishFulfilment;
import org.zerodistance.domain.WishOverdueRule;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.domain.WishSuggestion;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.StatsService;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.service.WishService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.FigureFilter;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The wishes screen: the list by status tab with live counts, search and filters, overdue marks, the selected wish's
 * details, history and suggestions (专长对接), and the claim / release / fulfil / cancel actions.
 */
public final class WishesViewModel {

    /** How many members the suggestion list shows (best first). */
    static final int MEMBER_SUGGESTIONS = 10;

    private final WishService service;
    private final VocabularyService vocabulary;
    private final StatsService stats;
    /** The dashboard figure the list is filtered by, if any; while it is, no status tab may be chosen (all statuses). */
    private final FigureFilter figureFilter = new FigureFilter();
    /** A slice of the dashboard's pie: the filter's wishes in this status only (null: any). */
    private WishStatus figureStatus;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;
    private final WishEntryViewModel entry;

    private final ObservableList<WishRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<WishStatus> statusTab = new SimpleObjectProperty<>(WishStatus.COLLECTED);
    private final Map<WishStatus, IntegerProperty> counts = new EnumMap<>(WishStatus.class);
    private final IntegerProperty overdueCount = new SimpleIntegerProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> categoryFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final ObservableList<String> categories = FXCollections.observableArrayList();

    private final ObjectProperty<WishRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<WishEvent> timeline = FXCollections.observableArrayList();
    private final ObservableList<WishSuggestion> memberSuggestions = FXCollections.observableArrayList();
    private final ObservableList<WishSuggestion> teamSuggestions = FXCollections.observableArrayList();
    private final ObservableList<Claimant> participants = FXCollections.observableArrayList();
    private final ObservableList<Claimant> participantChoices = FXCollections.observableArrayList();
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanBinding canClaim;
    private final BooleanBinding canRelease;
    private final BooleanBinding canFulfil;
    private final BooleanBinding canCancel;

    private List<Wish> all = List.of();
    private List<WishSuggestion> allMemberSuggestions = List.of();
    private WishOverdueRule rule = WishOverdueRule.DEFAULT;
    private LocalDate today = LocalDate.now();
    private long loadGeneration;

    public WishesViewModel(WishService service, VocabularyService vocabulary, StatsService stats, TaskRunner tasks,
                           DialogService dialogs, CommunityScope scope) {
        this.service = service;
        this.vocabulary = vocabulary;
        this.stats = stats;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        this.entry = new WishEntryViewModel(service, tasks, dialogs, scope, this::collected);
        for (WishStatus status : WishStatus.values()) {
            counts.put(status, new SimpleIntegerProperty());
        }
        canClaim = allows(WishChange.CLAIM);
        canRelease = allows(WishChange.RELEASE);
        canFulfil = allows(WishChange.FULFIL);
        canCancel = allows(WishChange.CANCEL);
        statusTab.addListener((obs, was, now) -> applyFilter());
        search.addListener((obs, was, now) -> applyFilter());
        categoryFilter.addListener((obs, was, now) -> applyFilter());
        overdueOnly.addListener((obs, was, now) -> applyFilter());
        selected.addListener((obs, was, now) -> {
            if (now == null || was == null || now.id() != was.id() || now.wish().status() != was.wish().status()) {
                loadDetail(now);
            }
        });
        scope.selectedProperty().addListener((obs, was, now) -> load());
    }

    private BooleanBinding allows(WishChange change) {
        return Bindings.createBooleanBinding(() -> !working.get() && selected.get() != null && selected.get().wish().allows(change),
                selected, working);
    }

    // ---- loading ---------------------------------------------------------------------------------------------------

    /** Reloads the wishes of the chosen community (all communities when none is chosen), the rule and the categories. */
    public void load() {
        load(selected.get() == null ? null : selected.get().id());
    }

    private void load(Long keepSelected) {
        Community community = scope.selected();
        Long communityId = community == null ? null : community.id();
        long generation = ++loadGeneration;
        ListFilter filter = figureFilter.get();
        tasks.run(progress -> new Snapshot(service.list(communityId, null), service.overdueRule(),
                        vocabulary.list(VocabularyKind.WISH_CATEGORY), service.today(),
                        filter == null ? null : stats.recordIds(filter.figure(), filter.quarter(), communityId)),
                snapshot -> {
                    if (generation != loadGeneration) {
                        return; // a newer load (another community) is on its way
                    }
                    figureFilter.idsLoaded(snapshot.figureIds());
                    all = snapshot.wishes();
                    rule = snapshot.rule();
                    today = snapshot.today();
                    categories.setAll(snapshot.categories());
                    entry.categoriesLoaded(snapshot.categories());
                    updateCounts();
                    applyFilter();
                    reselect(keepSelected);
                },
                dialogs::showError);
        entry.load();
    }

    private void updateCounts() {
        Map<WishStatus, Integer> tally = new EnumMap<>(WishStatus.class);
        int overdue = 0;
        for (Wish wish : all) {
            if (!inFigure(wish)) {
                continue;
            }
            tally.merge(wish.status(), 1, Integer::sum);
            if (rule.isOverdue(wish, today)) {
                overdue++;
            }
        }
        for (WishStatus status : WishStatus.values()) {
            counts.get(status).set(tally.getOrDefault(status, 0));
        }
        overdueCount.set(overdue);
        if (figureFilter.isActive()) {
            figureFilter.describe(scope.selected(), figureStatus == null ? null : WishTexts.status(figureStatus),
                    tally.values().stream().mapToInt(Integer::intValue).sum(), null);
        }
    }

    /** Whether the wish is one of the figure's (always, without a filter). */
    private boolean inFigure(Wish wish) {
        return figureFilter.accepts(wish.id()) && (figureStatus == null || wish.status() == figureStatus);
    }

    /** Rows of the chosen tab that match the search, category and overdue filters; overdue first, then by deadline. */
    private void applyFilter() {
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        List<WishRow> shown = new ArrayList<>();
        for (Wish wish : all) {
            if (!inFigure(wish) || (statusTab.get() != null && wish.status() != statusTab.get())) {
                continue;
            }
            if (categoryFilter.get() != null && !categoryFilter.get().equals(wish.category())) {
                continue;
            }
            WishOverdueRule.Reason overdue = rule.check(wish, today).orElse(null);
            if (overdueOnly.get() && overdue == null) {
                continue;
            }
            if (!words.isEmpty() && !matches(wish, words)) {
                continue;
            }
            shown.add(new WishRow(wish, overdue));
        }
        shown.sort(Comparator.comparing((WishRow r) -> !r.isOverdue())
                .thenComparing(r -> r.wish().deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.wish().collectedDate(), Comparator.reverseOrder())
                .thenComparing(WishRow::id, Comparator.reverseOrder()));
        Long keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(shown);
        reselect(keep);
    }

    private static boolean matches(Wish wish, String words) {
        String claimant = wish.claimant() == null ? "" : wish.claimant().name();
        String text = String.join("\n", wish.resident().name(), wish.resident().address(), wish.content(), wish.category(), claimant)
                .toLowerCase(Locale.ROOT);
        for (String word : words.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void reselect(Long wishId) {
        // A wish that left the shown rows (another tab, filtered out) is no longer selected.
        selected.set(wishId == null ? null : rows.stream().filter(r -> r.id() == wishId).findFirst().orElse(null));
    }

    private void loadDetail(WishRow row) {
        timeline.clear();
        memberSuggestions.clear();
        allMemberSuggestions = List.of();
        teamSuggestions.clear();
        participants.clear();
        participantChoices.clear();
        if (row == null) {
            return;
        }
        Wish wish = row.wish();
        tasks.run(progress -> {
            List<WishEvent> events = service.timeline(wish.id());
            WishService.Suggestions suggestions = wish.status() == WishStatus.COLLECTED ? service.suggestions(wish.id()) : null;
            List<Claimant> choices = wish.status() == WishStatus.CLAIMED && wish.claimant().isTeam()
                    ? service.teamMembers(wish.claimant().id()) : List.of();
            List<Claimant> took = wish.status() == WishStatus.FULFILLED ? service.participants(wish.id()) : List.of();
            return new Detail(wish.id(), events, suggestions, choices, took);
        }, detail -> {
            if (selected.get() == null || selected.get().id() != detail.wishId()) {
                return; // the clerk moved on meanwhile
            }
            timeline.setAll(detail.events());
            if (detail.suggestions() != null) {
                allMemberSuggestions = detail.suggestions().members();
                memberSuggestions.setAll(allMemberSuggestions.stream().limit(MEMBER_SUGGESTIONS).toList());
                teamSuggestions.setAll(detail.suggestions().teams());
            }
            participantChoices.setAll(detail.participantChoices());
            participants.setAll(detail.participants());
        }, dialogs::showError);
    }

    /** Called by the quick-entry form after it saved a wish: show it in its tab. */
    private void collected(Wish wish) {
        statusTab.set(WishStatus.COLLECTED);
        load(wish.id());
    }

    // ---- the dashboard's filter -------------------------------------------------------------------------------------

    /**
     * Shows only the wishes behind a dashboard figure (the quarter's cohort, or those of it claimed or fulfilled by its
     * end) in every status; a pie slice ({@code detail} a status code) shows the cohort's wishes now in that status, in
     * its tab. Search, category and tabs narrow further; the toolbar's community is followed. Null clears the filter.
     */
    public void applyFigureFilter(ListFilter filter) {
        figureFilter.set(filter);
        figureStatus = filter == null || filter.detail() == null ? null : WishStatus.valueOf(filter.detail());
        statusTab.set(filter == null ? (statusTab.get() == null ? WishStatus.COLLECTED : statusTab.get()) : figureStatus);
        load();
    }

    /** Back to every wish, in the tab chosen (the banner's "clear"). */
    public void clearFigureFilter() {
        applyFigureFilter(null);
    }

    /** The figure the list is filtered by, and the banner's words. */
    public FigureFilter figureFilter() {
        return figureFilter;
    }

    // ---- actions ---------------------------------------------------------------------------------------------------

    /** Claims the selected wish on behalf of a suggested member or team (one click). */
    public void claim(WishSuggestion suggestion) {
        claim(suggestion.claimant());
    }

    /** Claims the selected wish on behalf of {@code claimant}. */
    public void claim(Claimant claimant) {
        Wish wish = current();
        if (wish == null || claimant == null) {
            return;
        }
        change(() -> claimant.isTeam()
                        ? service.claimByTeam(wish.id(), claimant.id(), null)
                        : service.claimByMember(wish.id(), claimant.id(), null),
                done -> Messages.get("wish.claimed", WishTexts.claimant(claimant)));
    }

    /** Every active member and team of the wish's community, best first, members first (for the claim dialog). */
    public List<WishSuggestion> claimChoices() {
        List<WishSuggestion> choices = new ArrayList<>(allMemberSuggestions);
        choices.addAll(teamSuggestions);
        return choices;
    }

    public void release(String note) {
        Wish wish = current();
        if (wish != null) {
            change(() -> service.release(wish.id(), note), done -> Messages.get("wish.release.done"));
        }
    }

    public void cancel(String reason) {
        Wish wish = current();
        if (wish != null) {
            change(() -> service.cancel(wish.id(), reason), done -> Messages.get("wish.cancel.done"));
        }
    }

    /** Records the fulfilment; {@code valueText} as the clerk typed it (blank for none). */
    public void fulfil(LocalDate date, String note, String valueText, boolean cash, List<Long> participantIds) {
        Wish wish = current();
        if (wish == null) {
            return;
        }
        WishFulfilment fulfilment;
        try {
            BigDecimal value = Money.parseYuan(valueText);
            fulfilment = new WishFulfilment(date, note, value, cash, participantIds);
        } catch (RuntimeException e) {
            dialogs.showError(e);
            return;
        }
        change(() -> service.fulfil(wish.id(), fulfilment), done -> Messages.get("wish.fulfil.done"));
    }

    /** Runs a status change, then follows the wish to its new tab and keeps it selected. */
    private void change(Callable<Wish> work, java.util.function.Function<Wish, String> message) {
        working.set(true);
        feedback.set("");
        tasks.run(progress -> work.call(), changed -> {
            working.set(false);
            feedback.set(message.apply(changed));
            statusTab.set(changed.status());
            load(changed.id());
        }, error -> {
            working.set(false);
            dialogs.showError(error);
            load();
        });
    }

    private Wish current() {
        return selected.get() == null ? null : selected.get().wish();
    }

    // ---- properties ------------------------------------------------------------------------------------------------

    public WishEntryViewModel entry() {
        return entry;
    }

    public ObservableList<WishRow> rows() {
        return rows;
    }

    public ObjectProperty<WishStatus> statusTabProperty() {
        return statusTab;
    }

    public ReadOnlyIntegerProperty countProperty(WishStatus status) {
        return counts.get(status);
    }

    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> categoryFilterProperty() {
        return categoryFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObjectProperty<WishRow> selectedProperty() {
        return selected;
    }

    public ObservableList<WishEvent> timeline() {
        return timeline;
    }

    public ObservableList<WishSuggestion> memberSuggestions() {
        return memberSuggestions;
    }

    public ObservableList<WishSuggestion> teamSuggestions() {
        return teamSuggestions;
    }

    /** Members who took part in the selected (fulfilled) wish. */
    public ObservableList<Claimant> participants() {
        return participants;
    }

    /** For a wish claimed by a team: its members, to tick who took part when fulfilling. */
    public ObservableList<Claimant> participantChoices() {
        return participantChoices;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public BooleanBinding canClaimProperty() {
        return canClaim;
    }

    public BooleanBinding canReleaseProperty() {
        return canRelease;
    }

    public BooleanBinding canFulfilProperty() {
        return canFulfil;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }

    /** The overdue rule in force (for the overdue column's words). */
    public WishOverdueRule rule() {
        return rule;
    }

    public LocalDate today() {
        return today;
    }

    private record Snapshot(List<Wish> wishes, WishOverdueRule rule, List<String> categories, LocalDate today,
                            Set<Long> figureIds) {
    }

    private record Detail(long wishId, List<WishEvent> events, WishService.Suggestions suggestions,
                          List<Claimant> participantChoices, List<Claimant> participants) {
    }
}
