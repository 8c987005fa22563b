package org.zerodistance.ui.passbook;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.zerodistance.domain.Award;
import org.zerodistance.domain.FollowUp;
import org.zerodistance.domain.Points;
import org.zerodistance.domain.Quarter;
import org.zerodistance.domain.RankingRow;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.Tables;

/** The recognition tab: quarter picker, ranking with the top N highlighted, awards and the follow-up list. */
public final class RecognitionView implements Refreshable {

    private final RecognitionViewModel viewModel;

    @FXML
    private ComboBox<Quarter> quarterBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<RankingRow> rankingTable;
    @FXML
    private TableColumn<RankingRow, String> rankColumn;
    @FXML
    private TableColumn<RankingRow, String> memberColumn;
    @FXML
    private TableColumn<RankingRow, String> pointsColumn;
    @FXML
    private TableColumn<RankingRow, String> wishesColumn;
    @FXML
    private TableColumn<RankingRow, String> topColumn;
    @FXML
    private TextField awardTitleField;
    @FXML
    private Button awardButton;
    @FXML
    private TableView<Award> awardTable;
    @FXML
    private TableColumn<Award, String> awardMemberColumn;
    @FXML
    private TableColumn<Award, String> awardTitleColumn;
    @FXML
    private Button removeAwardButton;
    @FXML
    private Label followUpLabel;
    @FXML
    private TableView<FollowUp> followUpTable;
    @FXML
    private TableColumn<FollowUp, String> followUpMemberColumn;
    @FXML
    private TableColumn<FollowUp, String> followUpServicesColumn;
    @FXML
    private Label feedbackLabel;

    public RecognitionView(RecognitionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        quarterBox.setItems(viewModel.quarters());
        quarterBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Quarter quarter) {
                return quarter == null ? "" : RecognitionViewModel.label(quarter);
            }

            @Override
            public Quarter fromString(String text) {
                return null;
            }
        });
        quarterBox.valueProperty().bindBidirectional(viewModel.quarterProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        rankingTable.setItems(viewModel.ranking());
        rankingTable.setPlaceholder(new Label(Messages.get("ranking.empty")));
        Tables.text(rankColumn, r -> String.valueOf(r.rank()));
        Tables.text(memberColumn, r -> r.member().name());
        Tables.text(pointsColumn, r -> Points.format(r.points()));
        Tables.text(wishesColumn, r -> String.valueOf(r.fulfilledWishes()));
        Tables.text(topColumn, r -> r.top() ? Messages.get("cli.ranking.topMark") : "");
        rankingTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RankingRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("ranking-top");
                if (!empty && row != null && row.top()) {
                    getStyleClass().add("ranking-top");
                }
            }
        });
        rankingTable.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> viewModel.selectedRowProperty().set(now));
        awardTitleField.textProperty().bindBidirectional(viewModel.awardTitleProperty());
        awardButton.disableProperty().bind(viewModel.selectedRowProperty().isNull().or(viewModel.workingProperty()));

        awardTable.setItems(viewModel.awards());
        awardTable.setPlaceholder(new Label(Messages.get("award.empty")));
        Tables.text(awardMemberColumn, a -> a.member().name());
        Tables.text(awardTitleColumn, Award::title);
        awardTable.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> viewModel.selectedAwardProperty().set(now));
        removeAwardButton.disableProperty().bind(viewModel.selectedAwardProperty().isNull().or(viewModel.workingProperty()));

        followUpLabel.textProperty().bind(viewModel.followUpTitleProperty());
        followUpTable.setItems(viewModel.followUps());
        followUpTable.setPlaceholder(new Label(Messages.get("followup.empty")));
        Tables.text(followUpMemberColumn, f -> f.member().name());
        Tables.text(followUpServicesColumn, f -> String.valueOf(f.services()));
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onAward() {
        viewModel.recordAward();
    }

    @FXML
    private void onRemoveAward() {
        viewModel.removeAward();
    }
}
