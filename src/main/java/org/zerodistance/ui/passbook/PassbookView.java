package org.zerodistance.ui.passbook;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.Points;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.IsoDates;
import org.zerodistance.ui.common.FilterBar;
import org.zerodistance.ui.common.Filterable;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.Tables;

/** The Passbook screen: a member's statement with adjustments, reversals and export; the recognition tab beside it. */
public final class PassbookView implements Refreshable, Filterable {

    private final PassbookViewModel viewModel;

    @FXML
    private FilterBar filterBar;
    @FXML
    private ComboBox<MemberName> memberBox;
    @FXML
    private Label balanceLabel;
    @FXML
    private TableView<StatementRow> table;
    @FXML
    private TableColumn<StatementRow, String> dateColumn;
    @FXML
    private TableColumn<StatementRow, String> kindColumn;
    @FXML
    private TableColumn<StatementRow, String> descriptionColumn;
    @FXML
    private TableColumn<StatementRow, String> hoursColumn;
    @FXML
    private TableColumn<StatementRow, String> pointsColumn;
    @FXML
    private TableColumn<StatementRow, String> balanceColumn;
    @FXML
    private DatePicker adjustDatePicker;
    @FXML
    private TextField adjustPointsField;
    @FXML
    private TextField adjustReasonField;
    @FXML
    private Button adjustButton;
    @FXML
    private Button reverseButton;
    @FXML
    private Button exportButton;
    @FXML
    private Label feedbackLabel;
    @FXML
    private RecognitionView recognitionController;

    public PassbookView(PassbookViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        filterBar.bind(viewModel.figureFilter(), viewModel::clearFigureFilter);
        memberBox.setItems(viewModel.members());
        memberBox.valueProperty().bindBidirectional(viewModel.memberProperty());
        balanceLabel.textProperty().bind(viewModel.balanceProperty());
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(Messages.get("passbook.empty")));
        Tables.text(dateColumn, r -> IsoDates.format(r.date()));
        Tables.text(kindColumn, StatementRow::kind);
        Tables.text(descriptionColumn, StatementRow::description);
        Tables.text(hoursColumn, r -> Points.format(r.hours()));
        Tables.text(pointsColumn, r -> signed(r.points()));
        Tables.text(balanceColumn, r -> Points.format(r.balance()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StatementRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("statement-subtotal", "statement-total", "statement-reversed");
                if (!empty && row != null) {
                    if (row.type() == StatementRow.Type.SUBTOTAL) {
                        getStyleClass().add("statement-subtotal");
                    } else if (row.type() == StatementRow.Type.TOTAL) {
                        getStyleClass().add("statement-total");
                    } else if (row.entry().reversed()) {
                        getStyleClass().add("statement-reversed");
                    }
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> viewModel.selectedRowProperty().set(now));
        IsoDates.use(adjustDatePicker);
        adjustDatePicker.valueProperty().bindBidirectional(viewModel.adjustDateProperty());
        adjustPointsField.textProperty().bindBidirectional(viewModel.adjustPointsProperty());
        adjustReasonField.textProperty().bindBidirectional(viewModel.adjustReasonProperty());
        var noMember = viewModel.memberProperty().isNull();
        adjustButton.disableProperty().bind(noMember.or(viewModel.workingProperty()));
        exportButton.disableProperty().bind(noMember.or(viewModel.workingProperty()));
        var selected = viewModel.selectedRowProperty();
        reverseButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().entry() == null || !selected.get().entry().canBeReversed(), selected)
                .or(viewModel.workingProperty()));
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    private static String signed(BigDecimal points) {
        return points == null ? "" : (points.signum() > 0 ? "+" : "") + Points.format(points);
    }

    /** Opened from a dashboard figure: shows only the records it counts, with the banner. */
    @Override
    public void applyFilter(ListFilter filter) {
        viewModel.applyFigureFilter(filter);
    }

    @Override
    public void refresh() {
        viewModel.load();
        recognitionController.refresh();
    }

    @FXML
    private void onAdjust() {
        viewModel.adjust();
    }

    @FXML
    private void onReverse() {
        viewModel.reverseSelected();
    }

    @FXML
    private void onExport() {
        viewModel.export();
    }
}
