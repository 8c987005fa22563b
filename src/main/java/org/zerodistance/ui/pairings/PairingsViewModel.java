package org.zerodistance.ui.pairings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.HelpRecord;
import org.zerodistance.domain.HelpRecordDraft;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.PairingDetail;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.domain.Visit;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.PairingService;
import org.zerodistance.service.StatsService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.ErrorMessages;
import org.zerodistance.ui.common.FigureFilter;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The pairings screen: the list with search, active/ended and overdue filters; the chosen pairing's visits and help
 * records; and the forms to pair, end a pairing, add a help record and add a visit.
 */
public final class PairingsViewModel {

    /** Which pairings the list shows. */
    public enum StatusFilter { ACTIVE, ENDED, ALL }

    /** What the right-hand pane shows: the chosen pairing, or one of the forms. */
    public enum Mode { DETAIL, PAIR, END, HELP, VISIT }

    private final PairingService service;
    private final StatsService stats;
    /** The dashboard figure the list is filtered by, if any: the list then holds only its pairings. */
    private final FigureFilter figureFilter = new FigureFilter();
    private long generation;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;

    private final ObservableList<PairingOverview> all = FXCollections.observableArrayList();
    private final FilteredList<PairingOverview> shown = new FilteredList<>(all, p -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ACTIVE);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);

    private final ObjectProperty<PairingOverview> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PairingDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HelpRecord> helpRows = FXCollections.observableArrayList();
    private final ObservableList<Visit> visitRows = FXCollections.observableArrayList();
    private final ObservableList<FundEntry> fundRows = FXCollections.observableArrayList();

    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<Household> households = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.DETAIL);
    private final ObjectProperty<Member> pairMember = new SimpleObjectProperty<>();
    private final ObjectProperty<Household> pairHousehold = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> pairStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty endReason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> helpDate = new SimpleObjectProperty<>();
    private final StringProperty helpContent = new SimpleStringProperty("");
    private final StringProperty helpCategory = new SimpleStringProperty("");
    private final StringProperty helpValue = new SimpleStringProperty("");
    private final ObjectProperty<FundKind> helpKind = new SimpleObjectProperty<>(FundKind.MATERIAL);
    private final StringProperty helpQuantity = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>();
    private final StringProperty visitNote = new SimpleStringProperty("");

    private final StringProperty formError = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty communityChosen = new SimpleBooleanProperty(false);

    public PairingsViewModel(PairingService service, StatsService stats, TaskRunner tasks, DialogService dialogs, CommunityScope scope) {
        this.service = service;
        this.stats = stats;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        search.addListener((obs, was, now) -> applyFilter());
        status.addListener((obs, was, now) -> applyFilter());
        overdueOnly.addListener((obs, was, now) -> applyFilter());
        applyFilter();
        selected.addListener((obs, was, now) -> {
            if (mode.get() != Mode.PAIR) {
                mode.set(Mode.DETAIL);
            }
            loadDetail(now);
        });
        scope.selectedProperty().addListener((obs, was, now) -> {
            mode.set(Mode.DETAIL);
            load();
        });
    }

    /** Reloads the list (and the chosen pairing) for the community chosen in the toolbar. */
    public void load() {
        Community community = scope.selected();
        communityChosen.set(community != null);
        Long keep = selected.get() == null ? null : selected.get().id();
        Long communityId = community == null ? null : community.id();
        ListFilter filter = figureFilter.get();
        long mine = ++generation;
        tasks.run(progress -> new Loaded(service.list(communityId),
                        filter == null ? null : stats.recordIds(filter.figure(), filter.quarter(), communityId)),
                loaded -> {
                    if (mine != generation) {
                        return; // a newer load (another community, another filter) is on its way
                    }
                    figureFilter.idsLoaded(loaded.figureIds());
                    List<PairingOverview> rows = loaded.rows().stream().filter(p -> figureFilter.accepts(p.id())).toList();
                    all.setAll(rows);
                    figureFilter.describe(community, null, rows.size(), null);
                    reselect(keep);
                },
                dialogs::showError);
    }

    private record Loaded(List<PairingOverview> rows, Set<Long> figureIds) {
    }

    /**
     * Shows only the pairings behind a dashboard figure (running at the quarter's end, or started in it), ended ones
     * included, for the community chosen in the toolbar; search and the status filter narrow them further. Null goes
     * back to every pairing (the active ones, as the screen opens).
     */
    public void applyFigureFilter(ListFilter filter) {
        // Help records have no list of their own here: that figure opens the pairings unfiltered.
        if (filter != null && filter.figure() != Figure.PAIRS_ACTIVE && filter.figure() != Figure.PAIRS_NEW) {
            filter = null;
        }
        figureFilter.set(filter);
        status.set(filter == null ? StatusFilter.ACTIVE : StatusFilter.ALL);
        load();
    }

    /** Back to the whole list (the banner's "clear"). */
    public void clearFigureFilter() {
        applyFigureFilter(null);
    }

    /** The figure the list is filtered by, and the banner's words. */
    public FigureFilter figureFilter() {
        return figureFilter;
    }

    private void reselect(Long id) {
        PairingOverview again = id == null ? null : all.stream().filter(p -> p.id() == id).findFirst().orElse(null);
        if (again == null || !shown.contains(again)) {
            selected.set(null);
        } else {
            selected.set(again);
            loadDetail(again); // the same pairing, with fresh figures
        }
    }

    private void applyFilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        StatusFilter which = status.get() == null ? StatusFilter.ALL : status.get();
        boolean overdue = overdueOnly.get();
        shown.setPredicate(p -> (which == StatusFilter.ALL || (which == StatusFilter.ACTIVE) == p.active())
                && (!overdue || p.overdue())
                && (text.isEmpty() || matches(p, text)));
    }

    private static boolean matches(PairingOverview p, String text) {
        return contains(p.memberName(), text) || contains(p.householdHead(), text) || contains(p.householdAddress(), text)
                || p.categories().stream().anyMatch(c -> contains(c, text));
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    private void loadDetail(PairingOverview pairing) {
        if (pairing == null) {
            detail.set(null);
            helpRows.clear();
            visitRows.clear();
            fundRows.clear();
            return;
        }
        tasks.run(progress -> service.detail(pairing.id()), loaded -> {
            if (selected.get() != null && selected.get().id() == loaded.overview().id()) {
                detail.set(loaded);
                helpRows.setAll(loaded.helpRecords());
                visitRows.setAll(loaded.visits());
                fundRows.setAll(loaded.fundEntries());
            }
        }, dialogs::showError);
    }

    /** Opens the pairing form with the community's members and households to choose from. */
    public void startPair() {
        Community community = scope.selected();
        if (community == null) {
            feedback.set(Messages.get("pairing.chooseCommunity"));
            return;
        }
        clearForm();
        pairStart.set(LocalDate.now());
        tasks.run(progress -> service.choices(community.id()), choices -> {
            members.setAll(choices.members());
            households.setAll(choices.households());
            categories.setAll(choices.helpCategories());
            mode.set(Mode.PAIR);
        }, dialogs::showError);
    }

    public void savePair() {
        Member member = pairMember.get();
        Household household = pairHousehold.get();
        if (member == null) {
            formError.set(Messages.get("pairing.form.memberRequired"));
            return;
        }
        if (household == null) {
            formError.set(Messages.get("pairing.form.householdRequired"));
            return;
        }
        LocalDate start = pairStart.get();
        save(() -> service.pair(member.id(), household.id(), start).id(),
                id -> Messages.get("pairing.paired", member.name(), household.headName()));
    }

    public void startEnd() {
        if (selected.get() == null || !selected.get().active()) {
            return;
        }
        clearForm();
        endDate.set(LocalDate.now());
        mode.set(Mode.END);
    }

    public void saveEnd() {
        PairingOverview pairing = selected.get();
        if (pairing == null) {
            return;
        }
        LocalDate date = endDate.get();
        String reason = endReason.get();
        save(() -> service.end(pairing.id(), date, reason).id(),
                id -> Messages.get("pairing.ended", pairing.memberName(), pairing.householdHead()));
    }

    public void startHelp() {
        if (selected.get() == null) {
            return;
        }
        clearForm();
        helpDate.set(LocalDate.now());
        helpKind.set(FundKind.MATERIAL);
        tasks.run(progress -> service.choices(selected.get().pairing().communityId()).helpCategories(),
                categories::setAll, dialogs::showError);
        mode.set(Mode.HELP);
    }

    public void saveHelp() {
        PairingOverview pairing = selected.get();
        if (pairing == null) {
            return;
        }
        LocalDate date = helpDate.get();
        String content = helpContent.get();
        String category = helpCategory.get();
        String value = helpValue.get();
        FundKind kind = helpKind.get();
        String quantity = helpQuantity.get();
        save(() -> {
            BigDecimal amount = Money.parseYuan(value);
            return service.addHelpRecord(new HelpRecordDraft(pairing.id(), null, null, date, content, category, amount, kind, quantity)).pairingId();
        }, id -> Messages.get("help.added", pairing.memberName(), pairing.householdHead()));
    }

    public void startVisit() {
        if (selected.get() == null) {
            return;
        }
        clearForm();
        visitDate.set(LocalDate.now());
        mode.set(Mode.VISIT);
    }

    public void saveVisit() {
        PairingOverview pairing = selected.get();
        if (pairing == null) {
            return;
        }
        LocalDate date = visitDate.get();
        String note = visitNote.get();
        save(() -> service.addVisit(pairing.id(), date, note).pairingId(),
                id -> Messages.get("visit.added", pairing.memberName(), pairing.householdHead()));
    }

    public void cancelForm() {
        formError.set("");
        mode.set(Mode.DETAIL);
    }

    /**
     * Runs a form's change in the background; on success goes back to the detail of the pairing it touched (reloaded),
     * on a refusal keeps the form open with the reason beside it.
     */
    private void save(Callable<Long> change, java.util.function.Function<Long, String> message) {
        working.set(true);
        formError.set("");
        Community community = scope.selected();
        tasks.run(progress -> {
            long pairingId = change.call();
            return new Saved(pairingId, service.list(community == null ? null : community.id()));
        }, saved -> {
            working.set(false);
            figureFilter.clear(); // the pairing just touched may not be one of the figure's: show the whole list again
            generation++;
            all.setAll(saved.rows());
            mode.set(Mode.DETAIL);
            feedback.set(message.apply(saved.pairingId()));
            PairingOverview touched = all.stream().filter(p -> p.id() == saved.pairingId()).findFirst().orElse(null);
            if (touched != null && !shown.contains(touched)) {
                status.set(StatusFilter.ALL);
                overdueOnly.set(false);
                search.set("");
            }
            selected.set(null);
            selected.set(touched);
        }, error -> {
            working.set(false);
            formError.set(ErrorMessages.describe(error));
        });
    }

    private void clearForm() {
        formError.set("");
        feedback.set("");
        pairMember.set(null);
        pairHousehold.set(null);
        endReason.set("");
        helpContent.set("");
        helpCategory.set("");
        helpValue.set("");
        helpQuantity.set("");
        visitNote.set("");
    }

    /** The text of the detail header: who with whom, since when, state and last contact. */
    public static String describe(PairingOverview p) {
        String state = p.active()
                ? Messages.get(p.overdue() ? "pairing.state.overdue" : "pairing.state.active")
                : Messages.get("pairing.state.endedBecause", p.pairing().endDate().toString(), p.pairing().endReason());
        String last = p.lastContact() == null ? Messages.get("pairing.noContact") : p.lastContact().toString();
        return Messages.get("pairing.detail.summary", p.pairing().startDate().toString(), state, last, p.intervalDays(),
                p.helpCount(), Money.format(p.helpValue()), p.visitCount());
    }

    public ObservableList<PairingOverview> shown() {
        return shown;
    }

    public List<PairingOverview> all() {
        return all;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObjectProperty<PairingOverview> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<PairingDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<HelpRecord> helpRows() {
        return helpRows;
    }

    public ObservableList<Visit> visitRows() {
        return visitRows;
    }

    public ObservableList<FundEntry> fundRows() {
        return fundRows;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<Household> households() {
        return households;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ObjectProperty<Member> pairMemberProperty() {
        return pairMember;
    }

    public ObjectProperty<Household> pairHouseholdProperty() {
        return pairHousehold;
    }

    public ObjectProperty<LocalDate> pairStartProperty() {
        return pairStart;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty endReasonProperty() {
        return endReason;
    }

    public ObjectProperty<LocalDate> helpDateProperty() {
        return helpDate;
    }

    public StringProperty helpContentProperty() {
        return helpContent;
    }

    public StringProperty helpCategoryProperty() {
        return helpCategory;
    }

    public StringProperty helpValueProperty() {
        return helpValue;
    }

    public ObjectProperty<FundKind> helpKindProperty() {
        return helpKind;
    }

    public StringProperty helpQuantityProperty() {
        return helpQuantity;
    }

    public ObjectProperty<LocalDate> visitDateProperty() {
        return visitDate;
    }

    public StringProperty visitNoteProperty() {
        return visitNote;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public BooleanProperty communityChosenProperty() {
        return communityChosen;
    }

    private record Saved(long pairingId, List<PairingOverview> rows) {
    }
}
