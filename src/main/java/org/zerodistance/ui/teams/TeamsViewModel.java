package org.zerodistance.ui.teams;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.zerodistance.domain.Hours;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Team;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.domain.TeamActivity;
import org.zerodistance.domain.TeamActivityDraft;
import org.zerodistance.domain.TeamDraft;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.StatsService;
import org.zerodistance.service.TeamService;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.FigureFilter;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The Teams screen: the teams of the chosen community, a form for the selected (or a new) team, and its
 * activities with a form to record one; each participant earns points when it is recorded.
 */
public final class TeamsViewModel {

    private final TeamService teams;
    private final VocabularyService vocabulary;
    private final StatsService stats;
    /** The dashboard figure the list is filtered by, if any: the list then holds only its teams. */
    private final FigureFilter figureFilter = new FigureFilter();
    private long generation;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;
    /** Another community: close whatever form was open (it belonged to the other one) and reload. */
    private final ChangeListener<Community> scopeListener = (obs, before, now) -> {
        select(null);
        load();
    };

    private final ObservableList<Team> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Team> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> specialties = FXCollections.observableArrayList();
    private final ObservableList<MemberName> leaderChoices = FXCollections.observableArrayList();
    private final ObservableList<MemberChoice> memberChoices = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty specialty = new SimpleStringProperty();
    private final ObjectProperty<MemberName> leader = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> founded = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty formOpen = new SimpleBooleanProperty(false);

    private final ObservableList<TeamActivity> activities = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> activityDate = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty activityTitle = new SimpleStringProperty("");
    private final StringProperty activityHours = new SimpleStringProperty("");
    private final StringProperty activityDescription = new SimpleStringProperty("");
    private final ObservableList<MemberChoice> participantChoices = FXCollections.observableArrayList();

    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanBinding canCreate;
    private final BooleanBinding canRecordActivity;

    public TeamsViewModel(TeamService teams, VocabularyService vocabulary, StatsService stats, TaskRunner tasks, DialogService dialogs,
                          CommunityScope scope) {
        this.teams = teams;
        this.vocabulary = vocabulary;
        this.stats = stats;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        scope.selectedProperty().addListener(new WeakChangeListener<>(scopeListener));
        canCreate = scope.selectedProperty().isNotNull().and(working.not());
        canRecordActivity = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().active() && !working.get(),
                selected, working);
    }

    /** Reloads the teams of the chosen community (all when none is chosen), keeping the selection. */
    public void load() {
        Community community = scope.selected();
        Long communityId = community == null ? null : community.id();
        Long keep = selected.get() == null ? null : selected.get().id();
        ListFilter filter = figureFilter.get();
        long mine = ++generation;
        tasks.run(progress -> new Snapshot(teams.list(communityId), vocabulary.list(VocabularyKind.TEAM_SPECIALTY),
                filter == null ? null : stats.recordIds(filter.figure(), filter.quarter(), communityId)), loaded -> {
            if (mine != generation) {
                return; // a newer load (another community, another filter) is on its way
            }
            figureFilter.idsLoaded(loaded.figureIds());
            Snapshot snapshot = new Snapshot(loaded.teams().stream().filter(t -> figureFilter.accepts(t.id())).toList(),
                    loaded.specialties(), loaded.figureIds());
            figureFilter.describe(community, null, snapshot.teams().size(), null);
            rows.setAll(snapshot.teams());
            specialties.setAll(snapshot.specialties());
            Team again = keep == null ? null : snapshot.teams().stream().filter(t -> t.id() == keep).findFirst().orElse(null);
            if (again == null && formOpen.get() && selected.get() == null && community != null) {
                return; // a new team is being entered: keep the form
            }
            select(again);
        }, dialogs::showError);
    }

    /**
     * Shows only the teams behind a dashboard figure (founded by the quarter's end and not disbanded by then) for the
     * community chosen in the toolbar. Null goes back to every team.
     */
    public void applyFigureFilter(ListFilter filter) {
        figureFilter.set(filter);
        load();
    }

    /** Back to every team (the banner's "clear"). */
    public void clearFigureFilter() {
        applyFigureFilter(null);
    }

    /** The figure the list is filtered by, and the banner's words. */
    public FigureFilter figureFilter() {
        return figureFilter;
    }

    /** Shows {@code team} in the form with its activities; null closes the form. */
    public void select(Team team) {
        if (team != null && selected.get() == team) {
            return; // the table echoing the selection back
        }
        selected.set(team);
        if (team == null) {
            formOpen.set(false);
            clearForm();
            activities.clear();
            participantChoices.clear();
            return;
        }
        formOpen.set(true);
        name.set(team.name());
        specialty.set(team.specialty());
        founded.set(team.foundedDate());
        notes.set(team.notes() == null ? "" : team.notes());
        Set<Long> inTeam = team.members().stream().map(MemberName::id).collect(Collectors.toSet());
        tasks.run(progress -> new Detail(teams.memberChoices(team.communityId()), teams.activities(team.id())), detail -> {
            if (selected.get() == null || selected.get().id() != team.id()) {
                return; // another team was chosen meanwhile
            }
            // Members archived since still show, so the list matches the team.
            List<MemberName> choices = new java.util.ArrayList<>(detail.members());
            team.members().stream().filter(m -> choices.stream().noneMatch(c -> c.id() == m.id())).forEach(choices::add);
            leaderChoices.setAll(choices);
            leader.set(team.leader() == null ? null : choices.stream().filter(c -> c.id() == team.leader().id()).findFirst().orElse(null));
            memberChoices.setAll(choices.stream().map(m -> new MemberChoice(m, inTeam.contains(m.id()))).toList());
            participantChoices.setAll(team.members().stream().map(m -> new MemberChoice(m, true)).toList());
            activities.setAll(detail.activities());
        }, dialogs::showError);
    }

    /** Opens an empty form for a new team of the chosen community. */
    public void newTeam() {
        Community community = scope.selected();
        if (community == null) {
            feedback.set(Messages.get("team.chooseCommunity"));
            return;
        }
        selected.set(null);
        activities.clear();
        participantChoices.clear();
        clearForm();
        founded.set(LocalDate.now());
        formOpen.set(true);
        feedback.set("");
        tasks.run(progress -> teams.memberChoices(community.id()), members -> {
            leaderChoices.setAll(members);
            memberChoices.setAll(members.stream().map(m -> new MemberChoice(m, false)).toList());
        }, dialogs::showError);
    }

    /** Saves the form: founds a new team or changes the selected one. */
    public void save() {
        Team editing = selected.get();
        Community community = scope.selected();
        long communityId;
        if (editing != null) {
            communityId = editing.communityId();
        } else if (community != null) {
            communityId = community.id();
        } else {
            feedback.set(Messages.get("team.chooseCommunity"));
            return;
        }
        TeamDraft draft;
        try {
            List<Long> memberIds = memberChoices.stream().filter(MemberChoice::isChecked).map(c -> c.member().id()).toList();
            draft = new TeamDraft(communityId, name.get(), specialty.get(), leader.get() == null ? null : leader.get().id(),
                    founded.get(), notes.get(), memberIds);
        } catch (DomainException e) {
            dialogs.showError(e);
            return;
        }
        working.set(true);
        tasks.run(progress -> editing == null ? teams.create(draft) : teams.update(editing.id(), draft), saved -> {
            working.set(false);
            feedback.set(Messages.get(editing == null ? "team.created" : "team.saved", saved.name()));
            selected.set(null);
            reloadAndSelect(saved.id());
        }, this::failed);
    }

    /** Disbands the selected team after asking. */
    public void disband() {
        Team team = selected.get();
        if (team == null || !team.active()) {
            return;
        }
        if (!dialogs.confirm(Messages.get("team.disband.title"), Messages.get("team.disband.confirm", team.name()))) {
            return;
        }
        working.set(true);
        tasks.run(progress -> teams.disband(team.id(), LocalDate.now()), saved -> {
            working.set(false);
            feedback.set(Messages.get("team.disbanded", saved.name()));
            selected.set(null);
            reloadAndSelect(saved.id());
        }, this::failed);
    }

    public void reactivate() {
        Team team = selected.get();
        if (team == null || team.active()) {
            return;
        }
        working.set(true);
        tasks.run(progress -> teams.reactivate(team.id()), saved -> {
            working.set(false);
            feedback.set(Messages.get("team.reactivated", saved.name()));
            selected.set(null);
            reloadAndSelect(saved.id());
        }, this::failed);
    }

    /** Records the activity of the form for the selected team; every ticked participant earns points. */
    public void recordActivity() {
        Team team = selected.get();
        if (team == null) {
            return;
        }
        TeamActivityDraft draft;
        try {
            BigDecimal hours = Hours.parse(activityHours.get());
            List<Long> ids = participantChoices.stream().filter(MemberChoice::isChecked).map(c -> c.member().id()).toList();
            draft = new TeamActivityDraft(team.id(), activityDate.get(), activityTitle.get(), hours, activityDescription.get(), ids);
        } catch (DomainException e) {
            dialogs.showError(e);
            return;
        }
        working.set(true);
        tasks.run(progress -> teams.recordActivity(draft), activity -> {
            working.set(false);
            feedback.set(Messages.get("activity.recorded", activity.title(), activity.participants().size()));
            activityTitle.set("");
            activityDescription.set("");
            selected.set(null);
            reloadAndSelect(team.id());
        }, this::failed);
    }

    private void reloadAndSelect(long teamId) {
        Community community = scope.selected();
        Long communityId = community == null ? null : community.id();
        tasks.run(progress -> teams.list(communityId), loaded -> {
            List<Team> list = loaded.stream().filter(t -> figureFilter.accepts(t.id())).toList();
            rows.setAll(list);
            select(list.stream().filter(t -> t.id() == teamId).findFirst().orElse(null));
        }, dialogs::showError);
    }

    private void failed(Throwable error) {
        working.set(false);
        dialogs.showError(error);
    }

    private void clearForm() {
        name.set("");
        specialty.set(null);
        leader.set(null);
        founded.set(null);
        notes.set("");
        leaderChoices.clear();
        memberChoices.clear();
    }

    public ObservableList<Team> rows() {
        return rows;
    }

    public ObjectProperty<Team> selectedProperty() {
        return selected;
    }

    public ObservableList<String> specialties() {
        return specialties;
    }

    public ObservableList<MemberName> leaderChoices() {
        return leaderChoices;
    }

    public ObservableList<MemberChoice> memberChoices() {
        return memberChoices;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty specialtyProperty() {
        return specialty;
    }

    public ObjectProperty<MemberName> leaderProperty() {
        return leader;
    }

    public ObjectProperty<LocalDate> foundedProperty() {
        return founded;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** True while the form shows a team (selected or new). */
    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    public ObservableList<TeamActivity> activities() {
        return activities;
    }

    public ObjectProperty<LocalDate> activityDateProperty() {
        return activityDate;
    }

    public StringProperty activityTitleProperty() {
        return activityTitle;
    }

    public StringProperty activityHoursProperty() {
        return activityHours;
    }

    public StringProperty activityDescriptionProperty() {
        return activityDescription;
    }

    public ObservableList<MemberChoice> participantChoices() {
        return participantChoices;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    /** True when 全部社区 is chosen: the list then shows each row's community. */
    public BooleanBinding allCommunities() {
        return scope.selectedProperty().isNull();
    }

    public BooleanBinding canCreate() {
        return canCreate;
    }

    public BooleanBinding canRecordActivity() {
        return canRecordActivity;
    }

    private record Snapshot(List<Team> teams, List<String> specialties, Set<Long> figureIds) {
    }

    private record Detail(List<MemberName> members, List<TeamActivity> activities) {
    }
}
