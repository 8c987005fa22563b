package org.zerodistance.ui.members;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.members.RegistrySettingsViewModel.CategoryRow;
import org.zerodistance.ui.wordlists.WordListView;
import org.zerodistance.ui.wordlists.WordListViewModel;

/** The settings tab of skills, household categories and visit intervals (double-click an interval to edit it). */
public final class RegistrySettingsView implements Refreshable {

    private final RegistrySettingsViewModel viewModel;

    @FXML
    private WordListView skillsController;
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
        skillsController.show(viewModel.skills());

        WordListViewModel categories = viewModel.householdCategories();
        categoryTable.setItems(viewModel.categories());
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().term()));
        intervalColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().intervalDays())));
        defaultColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().isDefault() ? Messages.get("registry.settings.default") : ""));
        intervalColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        intervalColumn.setOnEditCommit(e -> viewModel.setInterval(e.getRowValue().term(), e.getNewValue()));
        newCategoryField.textProperty().bindBidirectional(categories.newTermProperty());
        newCategoryField.setOnAction(e -> onAddCategory());
        addCategoryButton.disableProperty().bind(categories.newTermProperty().isEmpty());
        var chosen = categoryTable.getSelectionModel().selectedItemProperty();
        for (Button b : new Button[] {renameCategoryButton, removeCategoryButton, upCategoryButton, downCategoryButton}) {
            b.disableProperty().bind(chosen.isNull());
        }
        // the rows are rebuilt after every change: the chosen category (a moved one too) stays chosen
        chosen.addListener((obs, was, now) -> {
            if (now != null) {
                categories.selectedProperty().set(now.term());
            }
        });
        viewModel.categories().addListener((ListChangeListener<CategoryRow>) change -> reselect());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        viewModel.load();
    }

    private void reselect() {
        String term = viewModel.householdCategories().selectedProperty().get();
        viewModel.categories().stream().filter(r -> r.term().equals(term)).findFirst()
                .ifPresent(r -> categoryTable.getSelectionModel().select(r));
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    private String selectedCategory() {
        CategoryRow row = categoryTable.getSelectionModel().getSelectedItem();
        return row == null ? null : row.term();
    }

    @FXML
    private void onAddCategory() {
        if (!addCategoryButton.isDisabled()) {
            viewModel.householdCategories().add();
        }
    }

    @FXML
    private void onRenameCategory() {
        viewModel.householdCategories().rename(selectedCategory());
    }

    @FXML
    private void onRemoveCategory() {
        viewModel.householdCategories().remove(selectedCategory());
    }

    @FXML
    private void onCategoryUp() {
        viewModel.householdCategories().move(selectedCategory(), -1);
    }

    @FXML
    private void onCategoryDown() {
        viewModel.householdCategories().move(selectedCategory(), 1);
    }
}
