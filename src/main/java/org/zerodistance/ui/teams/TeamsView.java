package org.zerodistance.ui.teams;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Points;
import org.zerodistance.domain.Team;
import org.zerodistance.domain.TeamActivity;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.IsoDates;
import org.zerodistance.ui.common.FilterBar;
import org.zerodistance.ui.common.Filterable;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.Tables;

/** The Teams screen: binds the table and forms to {@link TeamsViewModel} and forwards clicks. */
public final class TeamsView implements Refreshable, Filterable {

    private final TeamsViewModel viewModel;

    @FXML
    private FilterBar filterBar;
    @FXML
    private TableView<Team> table;
    @FXML
    private TableColumn<Team, String> communityColumn;
    @FXML
    private TableColumn<Team, String> nameColumn;
    @FXML
    private TableColumn<Team, String> specialtyColumn;
    @FXML
    private TableColumn<Team, String> leaderColumn;
    @FXML
    private TableColumn<Team, Integer> membersColumn;
    @FXML
    private TableColumn<Team, Integer> activitiesColumn;
    @FXML
    private TableColumn<Team, String> statusColumn;
    @FXML
    private Button newButton;
    @FXML
    private Button disbandButton;
    @FXML
    private Button reactivateButton;
    @FXML
    private Label countLabel;
    @FXML
    private TabPane detailTabs;
    @FXML
    private Tab formTab;
    @FXML
    private Tab activityTab;
    @FXML
    private GridPane formPane;
    @FXML
    private TextField nameField;
    @FXML
    private ComboBox<String> specialtyBox;
    @FXML
    private ComboBox<MemberName> leaderBox;
    @FXML
    private DatePicker foundedPicker;
    @FXML
    private TextField notesField;
    @FXML
    private ListView<MemberChoice> memberList;
    @FXML
    private Button saveButton;
    @FXML
    private VBox activityPane;
    @FXML
    private TableView<TeamActivity> activityTable;
    @FXML
    private TableColumn<TeamActivity, String> activityDateColumn;
    @FXML
    private TableColumn<TeamActivity, String> activityTitleColumn;
    @FXML
    private TableColumn<TeamActivity, String> activityHoursColumn;
    @FXML
    private TableColumn<TeamActivity, String> activityParticipantsColumn;
    @FXML
    private DatePicker activityDatePicker;
    @FXML
    private TextField activityTitleField;
    @FXML
    private TextField activityHoursField;
    @FXML
    private TextField activityDescriptionField;
    @FXML
    private ListView<MemberChoice> participantList;
    @FXML
    private Button recordButton;
    @FXML
    private Label feedbackLabel;

    public TeamsView(TeamsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        filterBar.bind(viewModel.figureFilter(), viewModel::clearFigureFilter);
        Tables.text(communityColumn, Team::communityName);
        communityColumn.visibleProperty().bind(viewModel.allCommunities());
        Tables.text(nameColumn, Team::name);
        Tables.text(specialtyColumn, Team::specialty);
        Tables.text(leaderColumn, t -> t.leader() == null ? "" : t.leader().name());
        membersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().members().size()));
        activitiesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activityCount()));
        Tables.text(statusColumn, t -> Messages.get(t.active() ? "team.status.active" : "team.status.disbanded"));
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(Messages.get("team.empty")));
        Tables.followSelection(table, viewModel.selectedProperty(), viewModel::select);
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("list.count", viewModel.rows().size()),
                viewModel.rows()));
        var selected = viewModel.selectedProperty();
        newButton.disableProperty().bind(viewModel.canCreate().not());
        disbandButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().active(), selected));
        reactivateButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().active(), selected));

        detailTabs.visibleProperty().bind(viewModel.formOpenProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        specialtyBox.setItems(viewModel.specialties());
        specialtyBox.valueProperty().bindBidirectional(viewModel.specialtyProperty());
        leaderBox.setItems(viewModel.leaderChoices());
        leaderBox.valueProperty().bindBidirectional(viewModel.leaderProperty());
        IsoDates.use(foundedPicker);
        foundedPicker.valueProperty().bindBidirectional(viewModel.foundedProperty());
        notesField.textProperty().bindBidirectional(viewModel.notesProperty());
        memberList.setItems(viewModel.memberChoices());
        memberList.setCellFactory(CheckBoxListCell.forListView(MemberChoice::checkedProperty));
        saveButton.disableProperty().bind(viewModel.workingProperty());

        activityTab.disableProperty().bind(selected.isNull());
        activityTable.setItems(viewModel.activities());
        Tables.text(activityDateColumn, t -> IsoDates.format(t.date()));
        Tables.text(activityTitleColumn, TeamActivity::title);
        Tables.text(activityHoursColumn, t -> Points.format(t.hours()));
        Tables.text(activityParticipantsColumn, a -> a.participants().stream().map(MemberName::name).collect(Collectors.joining("、")));
        IsoDates.use(activityDatePicker);
        activityDatePicker.valueProperty().bindBidirectional(viewModel.activityDateProperty());
        activityTitleField.textProperty().bindBidirectional(viewModel.activityTitleProperty());
        activityHoursField.textProperty().bindBidirectional(viewModel.activityHoursProperty());
        activityDescriptionField.textProperty().bindBidirectional(viewModel.activityDescriptionProperty());
        participantList.setItems(viewModel.participantChoices());
        participantList.setCellFactory(CheckBoxListCell.forListView(MemberChoice::checkedProperty));
        recordButton.disableProperty().bind(viewModel.canRecordActivity().not());
        activityPane.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().active(), selected));

        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    /** Opened from a dashboard figure: shows only the records it counts, with the banner. */
    @Override
    public void applyFilter(ListFilter filter) {
        viewModel.applyFigureFilter(filter);
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onNew() {
        viewModel.newTeam();
        detailTabs.getSelectionModel().select(formTab);
        nameField.requestFocus();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onDisband() {
        viewModel.disband();
    }

    @FXML
    private void onReactivate() {
        viewModel.reactivate();
    }

    @FXML
    private void onRecordActivity() {
        viewModel.recordActivity();
    }
}
