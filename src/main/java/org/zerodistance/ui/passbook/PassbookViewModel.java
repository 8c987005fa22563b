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
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.PassbookService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
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

    public PassbookViewModel(PassbookService passbook, TaskRunner tasks, DialogService dialogs, SaveFileChooser saveFiles,
                             CommunityScope scope) {
        this.passbook = passbook;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.saveFiles = saveFiles;
        this.scope = scope;
        scope.selectedProperty().addListener(new WeakChangeListener<>(scopeListener));
        member.addListener((obs, before, now) -> showStatement());
    }

    /** Reloads the members of the chosen community (all when none is chosen) and the open passbook. */
    public void load() {
        Community community = scope.selected();
        Long communityId = community == null ? null : community.id();
        tasks.run(progress -> passbook.memberChoices(communityId), list -> {
            MemberName open = member.get();
            members.setAll(list);
            MemberName again = open == null ? null : list.stream().filter(m -> m.id() == open.id()).findFirst().orElse(null);
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
            rows.setAll(toRows(statement));
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
