package org.zerodistance.ui.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundEntryDraft;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.FundQuery;
import org.zerodistance.domain.FundTotals;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.NamedRef;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.FundService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.ErrorMessages;
import org.zerodistance.ui.common.FigureFilter;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The funds and materials ledger: filtered lines with the total of what is shown, the entry form, and reversing an
 * entry with a reason. Lines are never edited or deleted.
 */
public final class FundsViewModel {

    /** The kind filter: everything, or one kind. */
    public enum KindFilter {
        ALL(null), CASH(FundKind.CASH), MATERIAL(FundKind.MATERIAL);

        private final FundKind kind;

        KindFilter(FundKind kind) {
            this.kind = kind;
        }

        public FundKind kind() {
            return kind;
        }
    }

    private final FundService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;

    private final ObservableList<FundEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FundTotals> shownTotals = new ReadOnlyObjectWrapper<>(FundTotals.ZERO);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<KindFilter> kindFilter = new SimpleObjectProperty<>(KindFilter.ALL);
    private final StringProperty donorFilter = new SimpleStringProperty("");
    private final StringProperty householdFilter = new SimpleStringProperty("");
    private final StringProperty filterError = new SimpleStringProperty("");
    private final ObjectProperty<FundEntry> selected = new SimpleObjectProperty<>();

    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> teams = FXCollections.observableArrayList();
    private final ObservableList<Household> households = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> pairingLinks = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> wishLinks = FXCollections.observableArrayList();

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<FundKind> kind = new SimpleObjectProperty<>(FundKind.CASH);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<DonorKind> donorKind = new SimpleObjectProperty<>(DonorKind.ORGANISATION);
    private final ObjectProperty<Member> donorMember = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> donorTeam = new SimpleObjectProperty<>();
    private final StringProperty donorName = new SimpleStringProperty("");
    private final ObjectProperty<Household> household = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> pairing = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> wish = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    private final StringProperty formError = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty communityChosen = new SimpleBooleanProperty(false);
    private long generation;
    /** The dashboard figure the ledger is filtered by, if any: expressed in the date and kind filters, with a banner. */
    private final FigureFilter figureFilter = new FigureFilter();
    /** True while a figure's dates and kind are being put into the filters (one reload at the end, not one per field). */
    private boolean applying;

    public FundsViewModel(FundService service, TaskRunner tasks, DialogService dialogs, CommunityScope scope) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        from.addListener((obs, was, now) -> periodChanged());
        to.addListener((obs, was, now) -> periodChanged());
        kindFilter.addListener((obs, was, now) -> periodChanged());
        donorFilter.addListener((obs, was, now) -> {
            if (!applying) {
                reload();
            }
        });
        householdFilter.addListener((obs, was, now) -> {
            if (!applying) {
                reload();
            }
        });
        household.addListener((obs, was, now) -> loadLinks(now));
        scope.selectedProperty().addListener((obs, was, now) -> load());
    }

    /** Reloads the lines and the form's choices for the community chosen in the toolbar. */
    public void load() {
        Community community = scope.selected();
        communityChosen.set(community != null);
        reload();
        if (community == null) {
            members.clear();
            teams.clear();
            households.clear();
            return;
        }
        tasks.run(progress -> service.choices(community.id()), choices -> {
            members.setAll(choices.members());
            teams.setAll(choices.teams());
            households.setAll(choices.households());
        }, dialogs::showError);
    }

    /**
     * Shows the ledger lines behind a dashboard figure: the quarter's (or, from the chart, one month's) entries of its
     * kind, reversals included, so the totals shown are the figure. The dates and kind go into the screen's own filters,
     * where the clerk sees them; donor and household text narrow further; changing the dates or the kind ends the
     * figure's filter (the banner goes). Null clears the filters.
     */
    public void applyFigureFilter(ListFilter filter) {
        applying = true;
        try {
            figureFilter.set(filter);
            to.set(null); // never a moment with the new start after the old end
            donorFilter.set("");
            householdFilter.set("");
            if (filter == null) {
                from.set(null);
                kindFilter.set(KindFilter.ALL);
            } else {
                YearMonth month = filter.detail() == null ? null : YearMonth.parse(filter.detail());
                from.set(month == null ? filter.quarter().firstDay() : month.atDay(1));
                to.set(month == null ? filter.quarter().lastDay() : month.atEndOfMonth());
                kindFilter.set(switch (filter.figure()) {
                    case FUNDS_CASH -> KindFilter.CASH;
                    case FUNDS_MATERIALS -> KindFilter.MATERIAL;
                    default -> KindFilter.ALL;
                });
            }
        } finally {
            applying = false;
        }
        reload();
    }

    /** Back to every line (the banner's "clear"). */
    public void clearFigureFilter() {
        applyFigureFilter(null);
    }

    /** The figure the ledger is filtered by, and the banner's words. */
    public FigureFilter figureFilter() {
        return figureFilter;
    }

    private void periodChanged() {
        if (applying) {
            return;
        }
        figureFilter.clear(); // the dates and kind on screen now say what is listed
        reload();
    }

    private void describeFigure(Community community, int lines, FundTotals totals) {
        ListFilter filter = figureFilter.get();
        if (filter == null) {
            return;
        }
        BigDecimal total = switch (filter.figure()) {
            case FUNDS_CASH -> totals.cash();
            case FUNDS_MATERIALS -> totals.materials();
            default -> totals.total();
        };
        String month = filter.detail() == null ? null : Messages.get("filter.month",
                String.valueOf(YearMonth.parse(filter.detail()).getYear()), YearMonth.parse(filter.detail()).getMonthValue());
        figureFilter.describe(community, month, lines, Money.format(total));
    }

    private Community community() {
        return scope.selected();
    }

    /** Queries the lines for the filters; only the answer to the latest query is shown. */
    public void reload() {
        FundQuery query;
        try {
            Community community = scope.selected();
            KindFilter which = kindFilter.get() == null ? KindFilter.ALL : kindFilter.get();
            query = new FundQuery(community == null ? null : community.id(), from.get(), to.get(), which.kind(),
                    donorFilter.get(), null, householdFilter.get(), null);
            filterError.set("");
        } catch (RuntimeException e) {
            filterError.set(ErrorMessages.describe(e));
            return;
        }
        long asked = ++generation;
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.run(progress -> service.list(query), lines -> {
            if (asked == generation) {
                rows.setAll(lines);
                shownTotals.set(FundTotals.of(lines));
                describeFigure(community(), lines.size(), shownTotals.get());
                selected.set(keep == null ? null : lines.stream().filter(e -> e.id() == keep).findFirst().orElse(null));
            }
        }, dialogs::showError);
    }

    private void loadLinks(Household chosen) {
        pairing.set(null);
        wish.set(null);
        pairingLinks.clear();
        wishLinks.clear();
        if (chosen != null) {
            tasks.run(progress -> service.linksOf(chosen.id()), links -> {
                if (household.get() != null && household.get().id() == chosen.id()) {
                    pairingLinks.setAll(links.pairings());
                    wishLinks.setAll(links.wishes());
                }
            }, dialogs::showError);
        }
    }

    public void clearFilters() {
        from.set(null);
        to.set(null);
        kindFilter.set(KindFilter.ALL);
        donorFilter.set("");
        householdFilter.set("");
    }

    /** Appends the entry in the form to the ledger. */
    public void save() {
        Community community = scope.selected();
        if (community == null) {
            formError.set(Messages.get("fund.chooseCommunity"));
            return;
        }
        DonorKind who = donorKind.get();
        Member member = donorMember.get();
        NamedRef team = donorTeam.get();
        Household beneficiary = household.get();
        NamedRef pairingLink = pairing.get();
        NamedRef wishLink = wish.get();
        LocalDate day = date.get();
        FundKind what = kind.get();
        String desc = blankToNull(description.get());
        String qty = blankToNull(quantity.get());
        String rawAmount = amount.get();
        String name = blankToNull(donorName.get());
        String remark = blankToNull(note.get());
        working.set(true);
        formError.set("");
        feedback.set("");
        tasks.run(progress -> service.record(new FundEntryDraft(community.id(), day, what, desc,
                        what == FundKind.MATERIAL ? qty : null, requireAmount(rawAmount), who,
                        who == DonorKind.MEMBER && member != null ? member.id() : null,
                        who == DonorKind.TEAM && team != null ? team.id() : null,
                        who == DonorKind.ORGANISATION ? name : null,
                        beneficiary == null ? null : beneficiary.id(), wishLink == null ? null : wishLink.id(),
                        pairingLink == null ? null : pairingLink.id(), remark)),
                entry -> {
                    working.set(false);
                    feedback.set(Messages.get("fund.saved", entry.id(), Money.format(entry.amount())));
                    description.set("");
                    quantity.set("");
                    amount.set("");
                    note.set("");
                    reload();
                },
                error -> {
                    working.set(false);
                    formError.set(ErrorMessages.describe(error));
                });
    }

    private static BigDecimal requireAmount(String raw) {
        BigDecimal value = Money.parseYuan(raw);
        if (value == null) {
            throw new DomainException("fund.error.amountPositive");
        }
        return value;
    }

    /** Asks for the reason and appends the reversing entry for {@code entry}. */
    public void reverse(FundEntry entry) {
        if (entry == null || entry.isReversal() || entry.isReversed()) {
            return;
        }
        dialogs.askText(Messages.get("fund.reverse.title", entry.id(), Money.format(entry.amount()), entry.donor()),
                        Messages.get("fund.reverse.prompt"), "")
                .ifPresent(reason -> tasks.run(progress -> service.reverse(entry.id(), reason), reversal -> {
                    feedback.set(Messages.get("fund.reversed", entry.id(), reversal.id()));
                    reload();
                }, dialogs::showError));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<FundEntry> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<FundTotals> shownTotalsProperty() {
        return shownTotals.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<KindFilter> kindFilterProperty() {
        return kindFilter;
    }

    public StringProperty donorFilterProperty() {
        return donorFilter;
    }

    public StringProperty householdFilterProperty() {
        return householdFilter;
    }

    public StringProperty filterErrorProperty() {
        return filterError;
    }

    public ObjectProperty<FundEntry> selectedProperty() {
        return selected;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<NamedRef> teams() {
        return teams;
    }

    public ObservableList<Household> households() {
        return households;
    }

    public ObservableList<NamedRef> pairingLinks() {
        return pairingLinks;
    }

    public ObservableList<NamedRef> wishLinks() {
        return wishLinks;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<FundKind> kindProperty() {
        return kind;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<DonorKind> donorKindProperty() {
        return donorKind;
    }

    public ObjectProperty<Member> donorMemberProperty() {
        return donorMember;
    }

    public ObjectProperty<NamedRef> donorTeamProperty() {
        return donorTeam;
    }

    public StringProperty donorNameProperty() {
        return donorName;
    }

    public ObjectProperty<Household> householdProperty() {
        return household;
    }

    public ObjectProperty<NamedRef> pairingProperty() {
        return pairing;
    }

    public ObjectProperty<NamedRef> wishProperty() {
        return wish;
    }

    public StringProperty noteProperty() {
        return note;
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
}
