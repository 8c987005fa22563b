package org.zerodistance.ui.members;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberDraft.Field;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.FieldValidation;
import org.zerodistance.ui.common.FocusOnce;
import org.zerodistance.ui.common.IsoDates;

/** The member form's controls, bound to {@link MemberFormViewModel}; each field's problem is shown right under it. */
public final class MemberFormView {

    private final MemberFormViewModel viewModel;
    private final FieldValidation<Field> validation;

    @FXML
    private Label formErrorLabel;
    @FXML
    private Label communityLabel;
    @FXML
    private ComboBox<Community> communityBox;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private TextField idField;
    @FXML
    private Button idUnlockButton;
    @FXML
    private Label derivedLabel;
    @FXML
    private Label idError;
    @FXML
    private TextField phoneField;
    @FXML
    private Button phoneUnlockButton;
    @FXML
    private Label phoneError;
    @FXML
    private TextField workUnitField;
    @FXML
    private Label workUnitError;
    @FXML
    private TextField partyBranchField;
    @FXML
    private Label partyBranchError;
    @FXML
    private FlowPane skillsPane;
    @FXML
    private DatePicker registrationPicker;
    @FXML
    private Label registrationError;
    @FXML
    private ChoiceBox<MemberStatus> statusChoice;
    @FXML
    private DatePicker statusDatePicker;
    @FXML
    private Label statusDateError;
    @FXML
    private TextArea notesArea;
    @FXML
    private Label notesError;

    public MemberFormView(MemberFormViewModel viewModel) {
        this.viewModel = viewModel;
        this.validation = new FieldValidation<>(viewModel.problems());
    }

    @FXML
    private void initialize() {
        boolean isNew = viewModel.isNew();
        communityLabel.setVisible(isNew);
        communityLabel.setManaged(isNew);
        communityBox.setVisible(isNew);
        communityBox.setManaged(isNew);
        communityBox.setItems(viewModel.communities());
        communityBox.valueProperty().bindBidirectional(viewModel.communityProperty());
        communityBox.setConverter(DisplayConverters.of(Community::name));

        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        idField.textProperty().bindBidirectional(viewModel.idNumberProperty());
        idField.editableProperty().bind(viewModel.idLockedProperty().not());
        idUnlockButton.visibleProperty().bind(viewModel.idLockedProperty());
        idUnlockButton.managedProperty().bind(viewModel.idLockedProperty());
        idUnlockButton.setOnAction(e -> viewModel.unlockIdNumber());
        derivedLabel.textProperty().bind(viewModel.derivedProperty());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        phoneField.editableProperty().bind(viewModel.phoneLockedProperty().not());
        phoneUnlockButton.visibleProperty().bind(viewModel.phoneLockedProperty());
        phoneUnlockButton.managedProperty().bind(viewModel.phoneLockedProperty());
        phoneUnlockButton.setOnAction(e -> viewModel.unlockPhone());
        workUnitField.textProperty().bindBidirectional(viewModel.workUnitProperty());
        partyBranchField.textProperty().bindBidirectional(viewModel.partyBranchProperty());
        for (Map.Entry<String, javafx.beans.property.BooleanProperty> skill : viewModel.skills().entrySet()) {
            CheckBox box = new CheckBox(skill.getKey());
            box.setId("member-form-skill-" + skill.getKey());
            box.selectedProperty().bindBidirectional(skill.getValue());
            skillsPane.getChildren().add(box);
        }
        IsoDates.use(registrationPicker);
        registrationPicker.valueProperty().bindBidirectional(viewModel.registrationDateProperty());
        statusChoice.getItems().setAll(MemberStatus.values());
        statusChoice.setConverter(DisplayConverters.of(status -> Messages.get("member.status." + status.name())));
        statusChoice.valueProperty().bindBidirectional(viewModel.statusProperty());
        IsoDates.use(statusDatePicker);
        statusDatePicker.valueProperty().bindBidirectional(viewModel.statusDateProperty());
        statusDatePicker.disableProperty().bind(viewModel.statusProperty().isEqualTo(MemberStatus.ACTIVE));
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());

        validation.register(Field.NAME, nameField, nameError);
        validation.register(Field.ID_NUMBER, idField, idError);
        validation.register(Field.PHONE, phoneField, phoneError);
        validation.register(Field.WORK_UNIT, workUnitField, workUnitError);
        validation.register(Field.PARTY_BRANCH, partyBranchField, partyBranchError);
        validation.register(Field.REGISTRATION_DATE, registrationPicker, registrationError);
        validation.register(Field.STATUS_DATE, statusDatePicker, statusDateError);
        validation.register(Field.NOTES, notesArea, notesError);

        FieldValidation.showWhenNotEmpty(formErrorLabel, viewModel.formErrorProperty());
        FocusOnce.request(nameField);
    }
}
