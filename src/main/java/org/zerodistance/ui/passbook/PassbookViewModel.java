package org.zerodistance.ui.passbook;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.PassbookEntry;
import org.zerodistance.domain.PassbookStatement;
import org.zerodistance.domain.Points;
import org.zerodistance.domain.Quarter;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.PassbookService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.FigureFilter;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.SaveFileChooser;
import org.zerodistance.ui.common.TaskRunner;

/**
 * A member's passbook: the statement with running balance and quarterly subtotals, manual adjustments, reversing a
 * mistaken entry, and the printable export.
 */
public final class PassbookViewModel {

    private final PassbookService passbook;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SaveFileChooser saveFiles;
    private final CommunityScope scope;
    private final ChangeListener<Community> scopeListener = (obs, before, now) -> load();

    private final ObservableList<MemberName> members = FXCollections.observableArrayList();
    private final ObjectProperty<MemberName> member = new SimpleObjectProperty<>();
    private final ObservableList<StatementRow> rows = FXCollections.observableArrayList();
    private final StringProperty balance = new SimpleStringProperty("");
    private final ObjectProperty<StatementRow> selectedRow = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> adjustDate = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty adjustPoints = new SimpleStringProperty("");
    private final StringProperty adjustReason = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    /** A member's quarter opened from the dashboard's points chart, if any: only that quarter's entries show. */
    private final FigureFilter figureFilter = new FigureFilter();

    public PassbookViewModel(PassbookService passbook, TaskRunner tasks, DialogService dialogs, SaveFileChooser saveFiles,
                             CommunityScope scope) {
        this.passbook = passbook;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.saveFiles = saveFiles;
        this.scope = scope;
        scope.selectedProperty().addListener(new WeakChangeListener<>(scopeListener));
        member.addListener((obs, before, now) -> {
            if (figureFilter.isActive() && (now == null || !String.valueOf(now.id()).equals(figureFilter.get().detail()))) {
                figureFilter.clear(); // the clerk chose another member: the whole passbook again
            }
            showStatement();
        });
    }

    /** Reloads the members of the chosen community (all when none is chosen) and the open passbook. */
    public void load() {
        Community community = scope.selected();
        Long communityId = community == null ? null : community.id();
        tasks.run(progress -> passbook.memberChoices(communityId), list -> {
            MemberName open = member.get();
            ListFilter filter = figureFilter.get();
            // Opened from the points chart: the chart's member, else the one open before.
            long wanted = filter != null ? Long.parseLong(filter.detail()) : open == null ? -1 : open.id();
            members.setAll(list);
            MemberName again = list.stream().filter(m -> m.id() == wanted).findFirst().orElse(null);
            if (again == null) {
                member.set(null);
            } else if (again != open) {
                member.set(again);
            } else {
                showStatement();
            }
        }, dialogs::showError);
    }

    /** Loads the statement of the chosen member. */
    public void showStatement() {
        MemberName chosen = member.get();
        if (chosen == null) {
            rows.clear();
            balance.set("");
            return;
        }
        tasks.run(progress -> passbook.statement(chosen.id()), statement -> {
            if (member.get() == null || member.get().id() != chosen.id()) {
                return;
            }
            ListFilter filter = figureFilter.get();
            if (filter == null) {
                rows.setAll(toRows(statement));
            } else {
                List<StatementRow> quarter = inQuarter(toRows(statement), filter.quarter());
                rows.setAll(quarter);
                List<StatementRow> entries = quarter.stream().filter(r -> r.type() == StatementRow.Type.ENTRY).toList();
                BigDecimal points = entries.stream().map(StatementRow::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                figureFilter.describe(scope.selected(), chosen.name(), entries.size(),
                        Messages.get("filter.points", Points.format(points)));
            }
            balance.set(Messages.get("passbook.balance", Points.format(statement.balance())));
        }, dialogs::showError);
    }

    static List<StatementRow> toRows(PassbookStatement statement) {
        List<StatementRow> out = new ArrayList<>();
        for (PassbookStatement.Item item : statement.items()) {
            if (item instanceof PassbookStatement.Line line) {
                PassbookEntry e = line.entry();
                out.add(new StatementRow(StatementRow.Type.ENTRY, e, e.date(), Messages.get("passbook.kind." + e.kind().name()),
                        PassbookService.describe(e, Messages::get), e.hours(), e.points(), line.balance()));
            } else if (item instanceof PassbookStatement.QuarterSubtotal subtotal) {
                out.add(new StatementRow(StatementRow.Type.SUBTOTAL, null, null, "", PassbookService.subtotalText(subtotal, Messages::get),
                        null, subtotal.points(), subtotal.balance()));
            }
        }
        out.add(new StatementRow(StatementRow.Type.TOTAL, null, null, "", Messages.get("passbook.total", statement.lines().size()),
                null, statement.balance(), statement.balance()));
        return out;
    }

    /** The statement's entries dated in {@code quarter}, then that quarter's subtotal. */
    static List<StatementRow> inQuarter(List<StatementRow> statement, Quarter quarter) {
        List<StatementRow> out = new ArrayList<>();
        for (StatementRow row : statement) {
            if (row.type() == StatementRow.Type.ENTRY && quarter.contains(row.date())) {
                out.add(row);
            }
        }
        if (!out.isEmpty()) {
            BigDecimal points = out.stream().map(StatementRow::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new StatementRow(StatementRow.Type.SUBTOTAL, null, null, "",
                    Messages.get("filter.points", Points.format(points)), null, points, out.get(out.size() - 1).balance()));
        }
        return out;
    }

    /**
     * Opened from the dashboard's points chart ({@code detail} a member's id): that member's passbook, only the entries
     * of the filter's quarter (their points are the chart's bar). A figure without a member (the passbook has no list
     * of every member's entries) opens the passbook as it is. Choosing another member ends the filter; null clears it.
     */
    public void applyFigureFilter(ListFilter filter) {
        figureFilter.set(filter == null || filter.detail() == null ? null : filter);
        load();
    }

    /** Back to the member's whole passbook (the banner's "clear"). */
    public void clearFigureFilter() {
        figureFilter.clear();
        showStatement();
    }

    /** The member and quarter the statement is filtered by, and the banner's words. */
    public FigureFilter figureFilter() {
        return figureFilter;
    }

    /** Adds or deducts the points of the form, with its reason. */
    public void adjust() {
        MemberName chosen = member.get();
        if (chosen == null) {
            feedback.set(Messages.get("passbook.chooseMember"));
            return;
        }
        BigDecimal points;
        try {
            points = Points.parse(adjustPoints.get());
        } catch (DomainException e) {
            dialogs.showError(e);
            return;
        }
        LocalDate date = adjustDate.get();
        String reason = adjustReason.get();
        working.set(true);
        tasks.run(progress -> passbook.adjust(chosen.id(), date, points, reason), entry -> {
            working.set(false);
            adjustPoints.set("");
            adjustReason.set("");
            feedback.set(Messages.get("adjustment.done", chosen.name(), Points.format(entry.points())));
            showStatement();
        }, this::failed);
    }

    /** Asks for a reason and reverses the selected entry. */
    public void reverseSelected() {
        StatementRow row = selectedRow.get();
        if (row == null || row.entry() == null) {
            feedback.set(Messages.get("reversal.chooseEntry"));
            return;
        }
        PassbookEntry entry = row.entry();
        if (!entry.canBeReversed()) {
            dialogs.showError(new DomainException(entry.reversed() ? "reversal.error.alreadyReversed" : "reversal.error.isReversal",
                    entry.id()));
            return;
        }
        dialogs.askText(Messages.get("reversal.title"), Messages.get("reversal.prompt", row.description(), Points.format(entry.points())), "")
                .ifPresent(reason -> {
                    working.set(true);
                    tasks.run(progress -> passbook.reverse(entry.id(), LocalDate.now(), reason), reversal -> {
                        working.set(false);
                        feedback.set(Messages.get("reversal.done", entry.id()));
                        showStatement();
                    }, this::failed);
                });
    }

    /** Asks where to save the chosen member's passbook and writes it there. */
    public void export() {
        MemberName chosen = member.get();
        if (chosen == null) {
            feedback.set(Messages.get("passbook.chooseMember"));
            return;
        }
        saveFiles.choose(Messages.get("passbook.export.title.dialog"), PassbookService.exportFileName(chosen, Messages::get),
                Messages.get("passbook.export.filter"), "xlsx").ifPresent(target -> {
                    working.set(true);
                    tasks.run(progress -> passbook.export(chosen.id(), Messages::get, target), (Path written) -> {
                        working.set(false);
                        feedback.set(Messages.get("passbook.exported", written.toString()));
                    }, this::failed);
                });
    }

    private void failed(Throwable error) {
        working.set(false);
        dialogs.showError(error);
    }

    public ObservableList<MemberName> members() {
        return members;
    }

    public ObjectProperty<MemberName> memberProperty() {
        return member;
    }

    public ObservableList<StatementRow> rows() {
        return rows;
    }

    public StringProperty balanceProperty() {
        return balance;
    }

    public ObjectProperty<StatementRow> selectedRowProperty() {
        return selectedRow;
    }

    public ObjectProperty<LocalDate> adjustDateProperty() {
        return adjustDate;
    }

    public StringProperty adjustPointsProperty() {
        return adjustPoints;
    }

    public StringProperty adjustReasonProperty() {
        return adjustReason;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty workingProperty() {
        return working;
    }
}
