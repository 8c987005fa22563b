package org.zerodistance.ui.passbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.Points;
import org.zerodistance.domain.PointsRule;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.PassbookService;
import org.zerodistance.service.RecognitionService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/** The points-and-recognition settings tab: a rule per kind (fixed or per hour), top N and the yearly minimum M. */
public final class PassbookSettingsViewModel {

    /** One rule being edited: its kind, points as typed and whether per hour. */
    public static final class RuleRow {
        private final ServiceKind kind;
        private final StringProperty points = new SimpleStringProperty("");
        private final BooleanProperty perHour = new SimpleBooleanProperty(false);

        RuleRow(ServiceKind kind) {
            this.kind = kind;
        }

        public ServiceKind kind() {
            return kind;
        }

        public StringProperty pointsProperty() {
            return points;
        }

        public BooleanProperty perHourProperty() {
            return perHour;
        }
    }

    private final PassbookService passbook;
    private final RecognitionService recognition;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final StringProperty topN = new SimpleStringProperty("");
    private final StringProperty minServices = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);

    public PassbookSettingsViewModel(PassbookService passbook, RecognitionService recognition, TaskRunner tasks, DialogService dialogs) {
        this.passbook = passbook;
        this.recognition = recognition;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (ServiceKind kind : ServiceKind.values()) {
            if (kind.hasRule()) {
                rules.add(new RuleRow(kind));
            }
        }
    }

    public void load() {
        tasks.run(progress -> new Snapshot(passbook.rules(), recognition.topN(), recognition.minServices()), this::show, dialogs::showError);
    }

    private void show(Snapshot snapshot) {
        for (RuleRow row : rules) {
            snapshot.rules().stream().filter(r -> r.kind() == row.kind()).findFirst().ifPresent(rule -> {
                row.points.set(Points.format(rule.points()));
                row.perHour.set(rule.perHour());
            });
        }
        topN.set(String.valueOf(snapshot.topN()));
        minServices.set(String.valueOf(snapshot.minServices()));
    }

    /** Saves the rules and N, M; entries already written keep their points. */
    public void save() {
        List<PointsRule> changed = new ArrayList<>();
        int top;
        int min;
        try {
            for (RuleRow row : rules) {
                BigDecimal points = Points.parse(row.points.get());
                if (points == null || points.signum() < 0 || points.compareTo(PassbookService.MAX_RULE_POINTS) > 0) {
                    throw new DomainException("rules.error.points", Messages.get("passbook.kind." + row.kind.name()),
                            PassbookService.MAX_RULE_POINTS);
                }
                changed.add(new PointsRule(row.kind, points, row.perHour.get()));
            }
            top = wholeNumber(topN.get(), "recognition.error.topN", RecognitionService.MAX_TOP_N);
            min = wholeNumber(minServices.get(), "recognition.error.minServices", RecognitionService.MAX_MIN_SERVICES);
        } catch (DomainException e) {
            dialogs.showError(e);
            return;
        }
        working.set(true);
        tasks.run(progress -> {
            passbook.saveRules(changed);
            recognition.saveSettings(top, min);
            return new Snapshot(passbook.rules(), recognition.topN(), recognition.minServices());
        }, snapshot -> {
            working.set(false);
            show(snapshot);
            feedback.set(Messages.get("rules.saved"));
        }, error -> {
            working.set(false);
            dialogs.showError(error);
        });
    }

    private static int wholeNumber(String raw, String key, int max) {
        String text = raw == null ? "" : raw.strip();
        if (!text.matches("\\d{1,6}")) {
            throw new DomainException(key, max);
        }
        return Integer.parseInt(text);
    }

    public ObservableList<RuleRow> rules() {
        return rules;
    }

    public StringProperty topNProperty() {
        return topN;
    }

    public StringProperty minServicesProperty() {
        return minServices;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    private record Snapshot(List<PointsRule> rules, int topN, int minServices) {
    }
}
