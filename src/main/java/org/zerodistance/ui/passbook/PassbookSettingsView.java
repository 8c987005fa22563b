package org.zerodistance.ui.passbook;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.Refreshable;

/** The settings tab for points rules and recognition: one row per kind of service, then N and M. */
public final class PassbookSettingsView implements Refreshable {

    private final PassbookSettingsViewModel viewModel;

    @FXML
    private GridPane rulesGrid;
    @FXML
    private TextField topNField;
    @FXML
    private TextField minServicesField;
    @FXML
    private Button saveButton;
    @FXML
    private Label feedbackLabel;

    public PassbookSettingsView(PassbookSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        int row = 1;
        for (PassbookSettingsViewModel.RuleRow rule : viewModel.rules()) {
            String id = rule.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Label kind = new Label(Messages.get("passbook.kind." + rule.kind().name()));
            TextField points = new TextField();
            points.setId("rule-points-" + id);
            points.setPrefWidth(80);
            points.textProperty().bindBidirectional(rule.pointsProperty());
            kind.setLabelFor(points);
            CheckBox perHour = new CheckBox(Messages.get("rules.perHour"));
            perHour.setId("rule-perhour-" + id);
            perHour.selectedProperty().bindBidirectional(rule.perHourProperty());
            rulesGrid.addRow(row++, kind, points, perHour);
        }
        topNField.textProperty().bindBidirectional(viewModel.topNProperty());
        minServicesField.textProperty().bindBidirectional(viewModel.minServicesProperty());
        saveButton.disableProperty().bind(viewModel.workingProperty());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }
}
