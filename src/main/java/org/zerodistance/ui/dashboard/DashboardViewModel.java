package org.zerodistance.ui.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.zerodistance.domain.Dashboard;
import org.zerodistance.domain.Figure;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.StatsService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Navigator;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The dashboard: the figures of a quarter for the community chosen in the toolbar (or all), the data of its charts,
 * and the way from each figure to the list behind it.
 */
public final class DashboardViewModel {

    /** How many quarters the picker offers, the current one first. */
    static final int QUARTERS_OFFERED = 8;

    /** A group of figures shown together under a title. */
    public record Group(String titleKey, List<Figure> figures) {
    }

    /** The figures in the groups the dashboard shows, in order. */
    public static final List<Group> GROUPS = List.of(
            new Group("dashboard.group.members", List.of(Figure.MEMBERS, Figure.NEW_MEMBERS)),
            new Group("dashboard.group.households", List.of(Figure.HOUSEHOLDS, Figure.HOUSEHOLDS_VISITED, Figure.VISIT_RATE,
                    Figure.HOUSEHOLDS_VISITED_EVER, Figure.RECOGNITION_RATE)),
            new Group("dashboard.group.wishes", List.of(Figure.WISHES_COLLECTED, Figure.WISHES_CLAIMED, Figure.GROUP_CLAIMS,
                    Figure.WISHES_FULFILLED, Figure.CLAIM_RATE, Figure.FULFILMENT_RATE)),
            new Group("dashboard.group.pairs", List.of(Figure.PAIRS_ACTIVE, Figure.PAIRS_NEW, Figure.HELP_RECORDS)),
            new Group("dashboard.group.funds", List.of(Figure.FUNDS_CASH, Figure.FUNDS_MATERIALS, Figure.FUNDS_TOTAL)),
            new Group("dashboard.group.service", List.of(Figure.TEAMS, Figure.POST_CLAIMS, Figure.COMMITMENTS,
                    Figure.SERVICE_RECORDS, Figure.POINTS)));

    /** The section that lists the records behind each figure. */
    static final Map<Figure, String> TARGETS = new EnumMap<>(Figure.class);

    static {
        for (Figure f : List.of(Figure.MEMBERS, Figure.NEW_MEMBERS)) {
            TARGETS.put(f, "members");
        }
        for (Figure f : List.of(Figure.HOUSEHOLDS, Figure.HOUSEHOLDS_VISITED, Figure.VISIT_RATE,
                Figure.HOUSEHOLDS_VISITED_EVER, Figure.RECOGNITION_RATE)) {
            TARGETS.put(f, "households");
        }
        for (Figure f : List.of(Figure.WISHES_COLLECTED, Figure.WISHES_CLAIMED, Figure.GROUP_CLAIMS,
                Figure.WISHES_FULFILLED, Figure.CLAIM_RATE, Figure.FULFILMENT_RATE)) {
            TARGETS.put(f, "wishes");
        }
        for (Figure f : List.of(Figure.PAIRS_ACTIVE, Figure.PAIRS_NEW, Figure.HELP_RECORDS)) {
            TARGETS.put(f, "pairings");
        }
        for (Figure f : List.of(Figure.FUNDS_CASH, Figure.FUNDS_MATERIALS, Figure.FUNDS_TOTAL)) {
            TARGETS.put(f, "funds");
        }
        TARGETS.put(Figure.TEAMS, "teams");
        TARGETS.put(Figure.POST_CLAIMS, "posts");
        TARGETS.put(Figure.COMMITMENTS, "posts");
        TARGETS.put(Figure.SERVICE_RECORDS, "passbook");
        TARGETS.put(Figure.POINTS, "passbook");
    }

    private final StatsService stats;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;
    private final Navigator navigator;
    private final ObservableList<Quarter> quarters = FXCollections.observableArrayList();
    private final ObjectProperty<Quarter> quarter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty timing = new SimpleStringProperty("");
    private long generation;

    public DashboardViewModel(StatsService stats, TaskRunner tasks, DialogService dialogs, CommunityScope scope,
                              Navigator navigator, LocalDate today) {
        this.stats = stats;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        this.navigator = navigator;
        Quarter q = Quarter.of(today);
        for (int i = 0; i < QUARTERS_OFFERED; i++) {
            quarters.add(q);
            q = q.previous();
        }
        quarter.set(quarters.get(0));
        quarter.addListener((obs, was, now) -> load());
        scope.selectedProperty().addListener((obs, was, now) -> load());
    }

    /** Reloads the figures in the background; a result that arrives after a newer request is dropped. */
    public void load() {
        Quarter q = quarter.get();
        if (q == null) {
            return;
        }
        Community community = scope.selected();
        long mine = ++generation;
        loading.set(true);
        period.set(Messages.get("dashboard.period", q.firstDay().toString(), q.lastDay().toString(),
                community == null ? Messages.get("main.allCommunities") : community.name()));
        long started = System.nanoTime();
        tasks.run(progress -> stats.dashboard(q, community == null ? null : community.id()),
                result -> {
                    if (mine == generation) {
                        loading.set(false);
                        dashboard.set(result);
                        timing.set(Messages.get("dashboard.timing",
                                String.format("%.2f", (System.nanoTime() - started) / 1e9)));
                    }
                },
                error -> {
                    if (mine == generation) {
                        loading.set(false);
                        dialogs.showError(error);
                    }
                });
    }

    /** The figure's value as the dashboard shows it (empty before the first load). */
    public String valueText(Figure figure) {
        Dashboard d = dashboard.get();
        return d == null ? "" : format(figure, d.figures());
    }

    static String format(Figure figure, org.zerodistance.domain.QuarterFigures figures) {
        Number value = figure.valueOf(figures);
        return switch (figure.kind()) {
            case COUNT -> String.valueOf(value.longValue());
            case YUAN -> Money.format((BigDecimal) value);
            case POINTS -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
            case RATE -> BigDecimal.valueOf(value.doubleValue() * 100).setScale(1, RoundingMode.HALF_UP) + "%";
        };
    }

    /**
     * Figures whose records have no list of their own (help records, post claims, passbook entries of every member):
     * their link opens the section as it is, unfiltered, and its tooltip says so.
     */
    static final java.util.Set<Figure> UNFILTERED = java.util.EnumSet.of(Figure.HELP_RECORDS, Figure.POST_CLAIMS,
            Figure.COMMITMENTS, Figure.SERVICE_RECORDS, Figure.POINTS);

    /** Whether the figure's link shows exactly its records (false: it opens the section unfiltered). */
    public boolean opensFiltered(Figure figure) {
        return !UNFILTERED.contains(figure);
    }

    /** Whether a list screen for the figure exists in this build (a figure without one is shown, not linked). */
    public boolean canOpen(Figure figure) {
        return navigator.has(TARGETS.get(figure));
    }

    /** Opens the list behind {@code figure}, filtered to this quarter and community. */
    public void open(Figure figure) {
        navigate(TARGETS.get(figure), figure, null);
    }

    /** The quarter's wishes in one status (a slice of the pie chart). */
    public void openWishes(String status) {
        navigate("wishes", Figure.WISHES_COLLECTED, status);
    }

    /** The funds entries of one month (a bar of the funds chart). */
    public void openFunds(YearMonth month) {
        navigate("funds", Figure.FUNDS_TOTAL, month.toString());
    }

    /** One member's passbook (a bar of the points chart). */
    public void openMember(long memberId) {
        navigate("passbook", Figure.POINTS, String.valueOf(memberId));
    }

    /** Whether the charts' targets exist: wishes, funds, passbook. */
    public boolean canOpenSection(String sectionId) {
        return navigator.has(sectionId);
    }

    private void navigate(String section, Figure figure, String detail) {
        if (navigator.has(section)) {
            navigator.open(section, new ListFilter(figure, quarter.get(), scope.selected(), detail));
        }
    }

    /** The chart points of the wishes pie: status word and count, in status order, empty statuses left out. */
    public List<Map.Entry<String, Long>> wishSlices() {
        Dashboard d = dashboard.get();
        List<Map.Entry<String, Long>> slices = new ArrayList<>();
        if (d != null) {
            for (String status : List.of("COLLECTED", "CLAIMED", "FULFILLED", "CANCELLED")) {
                long count = d.wishesByStatus().getOrDefault(status, 0L);
                if (count > 0) {
                    slices.add(Map.entry(status, count));
                }
            }
        }
        return slices;
    }

    public ObservableList<Quarter> quarters() {
        return quarters;
    }

    public ObjectProperty<Quarter> quarterProperty() {
        return quarter;
    }

    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public StringProperty timingProperty() {
        return timing;
    }
}
