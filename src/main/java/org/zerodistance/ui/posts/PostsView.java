package org.zerodistance.ui.posts;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Points;
import org.zerodistance.domain.PostClaim;
import org.zerodistance.domain.PostDuty;
import org.zerodistance.domain.ServicePost;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.IsoDates;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.Tables;

/** The Posts screen: binds tables and forms to {@link PostsViewModel} and forwards clicks. */
public final class PostsView implements Refreshable {

    private final PostsViewModel viewModel;

    @FXML
    private TableView<ServicePost> table;
    @FXML
    private TableColumn<ServicePost, String> communityColumn;
    @FXML
    private TableColumn<ServicePost, String> nameColumn;
    @FXML
    private TableColumn<ServicePost, String> categoryColumn;
    @FXML
    private TableColumn<ServicePost, String> holdersColumn;
    @FXML
    private TableColumn<ServicePost, String> statusColumn;
    @FXML
    private Button newButton;
    @FXML
    private Button archiveButton;
    @FXML
    private Button restoreButton;
    @FXML
    private CheckBox showArchivedBox;
    @FXML
    private Label countLabel;
    @FXML
    private TabPane detailTabs;
    @FXML
    private Tab formTab;
    @FXML
    private Tab claimTab;
    @FXML
    private TextField nameField;
    @FXML
    private ComboBox<String> categoryBox;
    @FXML
    private TextField peopleField;
    @FXML
    private TextArea descriptionArea;
    @FXML
    private Button saveButton;
    @FXML
    private TableView<PostClaim> claimTable;
    @FXML
    private TableColumn<PostClaim, String> claimMemberColumn;
    @FXML
    private TableColumn<PostClaim, String> claimDateColumn;
    @FXML
    private TableColumn<PostClaim, String> claimSignedColumn;
    @FXML
    private TableColumn<PostClaim, String> claimEndedColumn;
    @FXML
    private TableColumn<PostClaim, String> claimHoursColumn;
    @FXML
    private TableColumn<PostClaim, String> claimPointsColumn;
    @FXML
    private ComboBox<MemberName> claimMemberBox;
    @FXML
    private DatePicker claimDatePicker;
    @FXML
    private Button claimButton;
    @FXML
    private Button letterButton;
    @FXML
    private DatePicker commitmentPicker;
    @FXML
    private Button signButton;
    @FXML
    private DatePicker endPicker;
    @FXML
    private Button endButton;
    @FXML
    private VBox dutyPane;
    @FXML
    private TableView<PostDuty> dutyTable;
    @FXML
    private TableColumn<PostDuty, String> dutyDateColumn;
    @FXML
    private TableColumn<PostDuty, String> dutyHoursColumn;
    @FXML
    private TableColumn<PostDuty, String> dutyPointsColumn;
    @FXML
    private TableColumn<PostDuty, String> dutyNoteColumn;
    @FXML
    private DatePicker dutyDatePicker;
    @FXML
    private TextField dutyHoursField;
    @FXML
    private TextField dutyNoteField;
    @FXML
    private Button dutyButton;
    @FXML
    private Label feedbackLabel;

    public PostsView(PostsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Tables.text(communityColumn, ServicePost::communityName);
        communityColumn.visibleProperty().bind(viewModel.allCommunities());
        Tables.text(nameColumn, ServicePost::name);
        Tables.text(categoryColumn, ServicePost::category);
        Tables.text(holdersColumn, p -> p.holders() + "/" + p.peopleNeeded());
        Tables.text(statusColumn, p -> Messages.get(p.archived() ? "post.status.archived" : p.openPlaces() > 0 ? "post.status.open" : "post.status.full"));
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(Messages.get("post.empty")));
        var selected = viewModel.selectedProperty();
        Tables.followSelection(table, selected, viewModel::select);
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("list.count", viewModel.rows().size()),
                viewModel.rows()));
        newButton.disableProperty().bind(viewModel.canCreate().not());
        archiveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().archived(), selected));
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().archived(), selected));
        showArchivedBox.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());

        detailTabs.visibleProperty().bind(viewModel.formOpenProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        categoryBox.setItems(viewModel.categories());
        categoryBox.valueProperty().bindBidirectional(viewModel.categoryProperty());
        peopleField.textProperty().bindBidirectional(viewModel.peopleNeededProperty());
        descriptionArea.textProperty().bindBidirectional(viewModel.descriptionProperty());
        saveButton.disableProperty().bind(viewModel.workingProperty());

        claimTab.disableProperty().bind(selected.isNull());
        claimTable.setItems(viewModel.claims());
        Tables.text(claimMemberColumn, c -> c.member().name());
        Tables.text(claimDateColumn, c -> IsoDates.format(c.claimedDate()));
        Tables.text(claimSignedColumn, c -> c.signed() ? IsoDates.format(c.commitmentDate()) : Messages.get("claim.notSigned"));
        Tables.text(claimEndedColumn, c -> IsoDates.format(c.endedDate()));
        Tables.text(claimHoursColumn, c -> Points.format(c.dutyHours()));
        Tables.text(claimPointsColumn, c -> Points.format(c.dutyPoints()));
        var claim = viewModel.selectedClaimProperty();
        Tables.followSelection(claimTable, claim, claim::set);
        claimMemberBox.setItems(viewModel.memberChoices());
        claimMemberBox.valueProperty().bindBidirectional(viewModel.claimMemberProperty());
        datePicker(claimDatePicker, viewModel.claimDateProperty());
        var postOpen = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().archived(), selected);
        claimButton.disableProperty().bind(postOpen.not().or(viewModel.workingProperty()));
        letterButton.disableProperty().bind(viewModel.claimActive().not().or(viewModel.workingProperty()));
        datePicker(commitmentPicker, viewModel.commitmentDateProperty());
        signButton.disableProperty().bind(viewModel.claimActive().not().or(viewModel.workingProperty()));
        datePicker(endPicker, viewModel.endDateProperty());
        endButton.disableProperty().bind(viewModel.claimActive().not().or(viewModel.workingProperty()));

        dutyPane.visibleProperty().bind(claim.isNotNull());
        dutyPane.managedProperty().bind(dutyPane.visibleProperty());
        dutyTable.setItems(viewModel.duties());
        Tables.text(dutyDateColumn, d -> IsoDates.format(d.date()));
        Tables.text(dutyHoursColumn, d -> Points.format(d.hours()));
        Tables.text(dutyPointsColumn, d -> Points.format(d.points()) + (d.reversed() ? Messages.get("passbook.describe.reversedMark") : ""));
        Tables.text(dutyNoteColumn, PostDuty::note);
        datePicker(dutyDatePicker, viewModel.dutyDateProperty());
        dutyHoursField.textProperty().bindBidirectional(viewModel.dutyHoursProperty());
        dutyNoteField.textProperty().bindBidirectional(viewModel.dutyNoteProperty());
        dutyButton.disableProperty().bind(claim.isNull().or(viewModel.workingProperty()));

        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    private static void datePicker(DatePicker picker, javafx.beans.property.ObjectProperty<LocalDate> value) {
        IsoDates.use(picker);
        picker.valueProperty().bindBidirectional(value);
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onNew() {
        viewModel.newPost();
        detailTabs.getSelectionModel().select(formTab);
        nameField.requestFocus();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onArchive() {
        viewModel.archive();
    }

    @FXML
    private void onRestore() {
        viewModel.restore();
    }

    @FXML
    private void onClaim() {
        viewModel.claim();
    }

    @FXML
    private void onLetter() {
        viewModel.writeLetter();
    }

    @FXML
    private void onSign() {
        viewModel.recordCommitment();
    }

    @FXML
    private void onEnd() {
        viewModel.endClaim();
    }

    @FXML
    private void onDuty() {
        viewModel.recordDuty();
    }
}
