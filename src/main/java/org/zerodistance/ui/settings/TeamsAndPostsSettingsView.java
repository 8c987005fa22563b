package org.zerodistance.ui.settings;

import javafx.fxml.FXML;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.wordlists.WordListView;

/** The settings tab of the team specialties and the service-post categories. */
public final class TeamsAndPostsSettingsView implements Refreshable {

    private final TeamsAndPostsSettingsViewModel viewModel;

    @FXML
    private WordListView specialtiesController;
    @FXML
    private WordListView postCategoriesController;

    public TeamsAndPostsSettingsView(TeamsAndPostsSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        specialtiesController.show(viewModel.specialties());
        postCategoriesController.show(viewModel.postCategories());
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }
}
