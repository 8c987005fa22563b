package org.zerodistance.ui.households;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.FieldValidation;
import org.zerodistance.ui.common.FocusOnce;
import org.zerodistance.ui.common.IsoDates;

/** The visit form: date, searchable list of members to tick, note. */
public final class VisitFormView {

    private final VisitFormViewModel viewModel;

    @FXML
    private Label householdLabel;
    @FXML
    private Label formErrorLabel;
    @FXML
    private DatePicker datePicker;
    @FXML
    private TextField filterField;
    @FXML
    private ListView<VisitFormViewModel.Candidate> candidateList;
    @FXML
    private Label chosenLabel;
    @FXML
    private TextArea noteArea;

    public VisitFormView(VisitFormViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        var h = viewModel.household().household();
        householdLabel.setText(h.address().isEmpty() ? h.headName() : h.headName() + "  " + h.address());
        FieldValidation.showWhenNotEmpty(formErrorLabel, viewModel.formErrorProperty());
        IsoDates.use(datePicker);
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        candidateList.setItems(viewModel.shownCandidates());
        candidateList.setCellFactory(CheckBoxListCell.forListView(VisitFormViewModel.Candidate::chosenProperty));
        candidateList.setPlaceholder(new Label(Messages.get("household.visitForm.noMembers")));
        chosenLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.chosen().isEmpty()
                ? Messages.get("household.visitForm.noneChosen")
                : Messages.get("household.visitForm.chosen", DisplayConverters.joined(viewModel.chosen().stream().map(c -> c.member().name()).toList())),
                viewModel.chosen()));
        noteArea.textProperty().bindBidirectional(viewModel.noteProperty());
        FocusOnce.request(filterField);
    }
}
