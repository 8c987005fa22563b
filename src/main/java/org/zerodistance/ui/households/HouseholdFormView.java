package org.zerodistance.ui.households;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.HouseholdDraft.Field;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.FieldValidation;
import org.zerodistance.ui.common.FocusOnce;

/** The household form's controls, bound to {@link HouseholdFormViewModel}; each problem shows under its field. */
public final class HouseholdFormView {

    private final HouseholdFormViewModel viewModel;
    private final FieldValidation<Field> validation;

    @FXML
    private Label formErrorLabel;
    @FXML
    private Label communityLabel;
    @FXML
    private ComboBox<Community> communityBox;
    @FXML
    private TextField headField;
    @FXML
    private Label headError;
    @FXML
    private TextField buildingField;
    @FXML
    private TextField unitField;
    @FXML
    private TextField roomField;
    @FXML
    private Label buildingError;
    @FXML
    private Label unitError;
    @FXML
    private Label roomError;
    @FXML
    private TextField phoneField;
    @FXML
    private Button phoneUnlockButton;
    @FXML
    private Label phoneError;
    @FXML
    private FlowPane categoriesPane;
    @FXML
    private Label categoriesError;
    @FXML
    private TextField peopleField;
    @FXML
    private Label peopleError;
    @FXML
    private TextArea notesArea;
    @FXML
    private Label notesError;

    public HouseholdFormView(HouseholdFormViewModel viewModel) {
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
        headField.textProperty().bindBidirectional(viewModel.headNameProperty());
        buildingField.textProperty().bindBidirectional(viewModel.buildingProperty());
        unitField.textProperty().bindBidirectional(viewModel.unitProperty());
        roomField.textProperty().bindBidirectional(viewModel.roomProperty());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        phoneField.editableProperty().bind(viewModel.phoneLockedProperty().not());
        phoneUnlockButton.visibleProperty().bind(viewModel.phoneLockedProperty());
        phoneUnlockButton.managedProperty().bind(viewModel.phoneLockedProperty());
        phoneUnlockButton.setOnAction(e -> viewModel.unlockPhone());
        for (Map.Entry<String, BooleanProperty> category : viewModel.categories().entrySet()) {
            CheckBox box = new CheckBox(category.getKey());
            box.setId("household-form-category-" + category.getKey());
            box.selectedProperty().bindBidirectional(category.getValue());
            box.selectedProperty().addListener((obs, was, now) -> viewModel.problems().touch(Field.CATEGORIES));
            categoriesPane.getChildren().add(box);
        }
        peopleField.textProperty().bindBidirectional(viewModel.peopleCountProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());

        validation.register(Field.HEAD_NAME, headField, headError);
        validation.register(Field.BUILDING, buildingField, buildingError);
        validation.register(Field.UNIT, unitField, unitError);
        validation.register(Field.ROOM, roomField, roomError);
        validation.register(Field.PHONE, phoneField, phoneError);
        validation.register(Field.PEOPLE_COUNT, peopleField, peopleError);
        validation.register(Field.NOTES, notesArea, notesError);
        FieldValidation.showWhenNotEmpty(categoriesError, viewModel.errorProperty(Field.CATEGORIES));

        FieldValidation.showWhenNotEmpty(formErrorLabel, viewModel.formErrorProperty());
        FocusOnce.request(headField);
    }
}
