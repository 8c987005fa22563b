package org.zerodistance.ui.passbook;

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
import org.zerodistance.domain.Award;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.FollowUp;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.QuarterRanking;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.RecognitionService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/** Quarterly recognition for the chosen community: the ranking with the top N, awards, and members to follow up. */
public final class RecognitionViewModel {

    /** How many quarters back the picker offers. */
    static final int QUARTERS_OFFERED = 8;

    private final RecognitionService recognition;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;
    private final ChangeListener<Community> scopeListener = (obs, before, now) -> load();

    private final ObservableList<Quarter> quarters = FXCollections.observableArrayList();
    private final ObjectProperty<Quarter> quarter = new SimpleObjectProperty<>();
    private final ObservableList<RankingRow> ranking = FXCollections.observableArrayList();
    private final ObjectProperty<RankingRow> selectedRow = new SimpleObjectProperty<>();
    private final ObservableList<Award> awards = FXCollections.observableArrayList();
    private final ObjectProperty<Award> selectedAward = new SimpleObjectProperty<>();
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final StringProperty awardTitle = new SimpleStringProperty(Messages.get("award.defaultTitle"));
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty followUpTitle = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);

    public RecognitionViewModel(RecognitionService recognition, TaskRunner tasks, DialogService dialogs, CommunityScope scope) {
        this.recognition = recognition;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        Quarter current = Quarter.of(LocalDate.now());
        List<Quarter> offered = new ArrayList<>();
        for (Quarter q = current; offered.size() < QUARTERS_OFFERED; q = q.previous()) {
            offered.add(q);
        }
        quarters.setAll(offered);
        quarter.set(current);
        scope.selectedProperty().addListener(new WeakChangeListener<>(scopeListener));
        quarter.addListener((obs, before, now) -> load());
    }

    /** Reloads ranking, awards and follow-ups for the chosen community and quarter. */
    public void load() {
        Community community = scope.selected();
        Quarter chosen = quarter.get();
        if (community == null || chosen == null) {
            ranking.clear();
            awards.clear();
            followUps.clear();
            summary.set(Messages.get("recognition.chooseCommunity"));
            followUpTitle.set("");
            return;
        }
        tasks.run(progress -> new Snapshot(recognition.ranking(community.id(), chosen), recognition.awardsIn(community.id(), chosen),
                recognition.followUps(community.id(), chosen.year()), recognition.minServices()), snapshot -> {
                    if (scope.selected() == null || scope.selected().id() != community.id() || !chosen.equals(quarter.get())) {
                        return;
                    }
                    ranking.setAll(snapshot.ranking().rows());
                    awards.setAll(snapshot.awards());
                    followUps.setAll(snapshot.followUps());
                    summary.set(Messages.get("recognition.summary", community.name(), label(chosen), snapshot.ranking().rows().size(),
                            snapshot.ranking().topN()));
                    followUpTitle.set(Messages.get("recognition.followUp.title", String.valueOf(chosen.year()), snapshot.minServices()));
                }, dialogs::showError);
    }

    /** Records the award of the form for the member selected in the ranking. */
    public void recordAward() {
        RankingRow row = selectedRow.get();
        Quarter chosen = quarter.get();
        if (row == null) {
            feedback.set(Messages.get("award.chooseMember"));
            return;
        }
        MemberName member = row.member();
        String title = awardTitle.get();
        working.set(true);
        tasks.run(progress -> recognition.recordAward(member.id(), chosen, title), award -> {
            working.set(false);
            feedback.set(Messages.get("award.recorded", member.name(), award.title(), label(chosen)));
            load();
        }, this::failed);
    }

    /** Removes the selected award after asking. */
    public void removeAward() {
        Award award = selectedAward.get();
        if (award == null || !dialogs.confirm(Messages.get("award.remove.title"),
                Messages.get("award.remove.confirm", award.member().name(), award.title()))) {
            return;
        }
        working.set(true);
        tasks.run(progress -> {
            recognition.removeAward(award.id());
            return award;
        }, removed -> {
            working.set(false);
            feedback.set(Messages.get("award.removed", removed.member().name(), removed.title()));
            load();
        }, this::failed);
    }

    /** {@code 2026年第3季度}. */
    public static String label(Quarter quarter) {
        return Messages.get("quarter.label", String.valueOf(quarter.year()), quarter.number());
    }

    private void failed(Throwable error) {
        working.set(false);
        dialogs.showError(error);
    }

    public ObservableList<Quarter> quarters() {
        return quarters;
    }

    public ObjectProperty<Quarter> quarterProperty() {
        return quarter;
    }

    public ObservableList<RankingRow> ranking() {
        return ranking;
    }

    public ObjectProperty<RankingRow> selectedRowProperty() {
        return selectedRow;
    }

    public ObservableList<Award> awards() {
        return awards;
    }

    public ObjectProperty<Award> selectedAwardProperty() {
        return selectedAward;
    }

    public ObservableList<FollowUp> followUps() {
        return followUps;
    }

    public StringProperty awardTitleProperty() {
        return awardTitle;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty followUpTitleProperty() {
        return followUpTitle;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    private record Snapshot(QuarterRanking ranking, List<Award> awards, List<FollowUp> followUps, int minServices) {
    }
}
