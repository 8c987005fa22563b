package org.zerodistance.ui.members;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.members.RegistrySettingsViewModel.CategoryRow;

/** The settings tab of skills, household categories and visit intervals (double-click an interval to edit it). */
public final class RegistrySettingsView implements Refreshable {

    private final RegistrySettingsViewModel viewModel;

    @FXML
    private ListView<String> skillList;
    @FXML
    private TextField newSkillField;
    @FXML
    private Button addSkillButton;
    @FXML
    private Button renameSkillButton;
    @FXML
    private Button removeSkillButton;
    @FXML
    private Button upSkillButton;
    @FXML
    private Button downSkillButton;
    @FXML
    private TableView<CategoryRow> categoryTable;
    @FXML
    private TableColumn<CategoryRow, String> categoryColumn;
    @FXML
    private TableColumn<CategoryRow, String> intervalColumn;
    @FXML
    private TableColumn<CategoryRow, String> defaultColumn;
    @FXML
    private TextField newCategoryField;
    @FXML
    private Button addCategoryButton;
    @FXML
    private Button renameCategoryButton;
    @FXML
    private Button removeCategoryButton;
    @FXML
    private Button upCategoryButton;
    @FXML
    private Button downCategoryButton;
    @FXML
    private Label feedbackLabel;

    public RegistrySettingsView(RegistrySettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        skillList.setItems(viewModel.skills());
        newSkillField.textProperty().bindBidirectional(viewModel.newSkillProperty());
        newSkillField.setOnAction(e -> viewModel.addSkill());
        addSkillButton.disableProperty().bind(viewModel.newSkillProperty().isEmpty());
        var skill = skillList.getSelectionModel().selectedItemProperty();
        for (Button b : new Button[] {renameSkillButton, removeSkillButton, upSkillButton, downSkillButton}) {
            b.disableProperty().bind(skill.isNull());
        }

        categoryTable.setItems(viewModel.categories());
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().term()));
        intervalColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().intervalDays())));
        defaultColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().isDefault() ? org.zerodistance.i18n.Messages.get("registry.settings.default") : ""));
        intervalColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        intervalColumn.setOnEditCommit(e -> viewModel.setInterval(e.getRowValue().term(), e.getNewValue()));
        newCategoryField.textProperty().bindBidirectional(viewModel.newCategoryProperty());
        newCategoryField.setOnAction(e -> viewModel.addCategory());
        addCategoryButton.disableProperty().bind(viewModel.newCategoryProperty().isEmpty());
        var category = categoryTable.getSelectionModel().selectedItemProperty();
        for (Button b : new Button[] {renameCategoryButton, removeCategoryButton, upCategoryButton, downCategoryButton}) {
            b.disableProperty().bind(category.isNull());
        }
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    private String selectedSkill() {
        return skillList.getSelectionModel().getSelectedItem();
    }

    private String selectedCategory() {
        CategoryRow row = categoryTable.getSelectionModel().getSelectedItem();
        return row == null ? null : row.term();
    }

    @FXML
    private void onAddSkill() {
        viewModel.addSkill();
    }

    @FXML
    private void onRenameSkill() {
        viewModel.rename(VocabularyKind.SKILL, selectedSkill());
    }

    @FXML
    private void onRemoveSkill() {
        viewModel.remove(VocabularyKind.SKILL, selectedSkill());
    }

    @FXML
    private void onSkillUp() {
        moveSkill(-1);
    }

    @FXML
    private void onSkillDown() {
        moveSkill(1);
    }

    private void moveSkill(int steps) {
        String term = selectedSkill();
        viewModel.move(VocabularyKind.SKILL, term, steps);
        reselect(() -> skillList.getSelectionModel().select(term));
    }

    @FXML
    private void onAddCategory() {
        viewModel.addCategory();
    }

    @FXML
    private void onRenameCategory() {
        viewModel.rename(VocabularyKind.HOUSEHOLD_CATEGORY, selectedCategory());
    }

    @FXML
    private void onRemoveCategory() {
        viewModel.remove(VocabularyKind.HOUSEHOLD_CATEGORY, selectedCategory());
    }

    @FXML
    private void onCategoryUp() {
        moveCategory(-1);
    }

    @FXML
    private void onCategoryDown() {
        moveCategory(1);
    }

    private void moveCategory(int steps) {
        String term = selectedCategory();
        viewModel.move(VocabularyKind.HOUSEHOLD_CATEGORY, term, steps);
        reselect(() -> viewModel.categories().stream().filter(r -> r.term().equals(term)).findFirst()
                .ifPresent(r -> categoryTable.getSelectionModel().select(r)));
    }

    /** Selects the moved term again once the lists have been reloaded. */
    private void reselect(Runnable select) {
        javafx.collections.ListChangeListener<Object> once = new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<?> change) {
                viewModel.skills().removeListener(this);
                viewModel.categories().removeListener(this);
                select.run();
            }
        };
        viewModel.skills().addListener(once);
        viewModel.categories().addListener(once);
    }
}
