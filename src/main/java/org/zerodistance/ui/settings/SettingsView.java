package org.zerodistance.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.zerodistance.i18n.Language;

/** The settings screen: general settings, then one tab per feature that has settings of its own. */
public final class SettingsView implements org.zerodistance.ui.common.Refreshable {

    /** A feature's settings tab: title key and the view that shows it (loaded like any screen). */
    public record SettingsTab(String titleKey, Class<?> viewClass) {
    }

    /** Feature tabs after the general one, in order. */
    public static final java.util.List<SettingsTab> TABS = java.util.List.of(
            new SettingsTab("settings.tab.registry", org.zerodistance.ui.members.RegistrySettingsView.class),
            new SettingsTab("wish.settings.title", org.zerodistance.ui.wishes.WishSettingsView.class),
            new SettingsTab("wordlist.tab.teamsAndPosts", TeamsAndPostsSettingsView.class),
            new SettingsTab("settings.tab.passbook", org.zerodistance.ui.passbook.PassbookSettingsView.class),
            new SettingsTab("settings.backups", BackupsView.class),
            new SettingsTab("settings.audit", AuditLogView.class));

    private final SettingsViewModel viewModel;
    private final org.zerodistance.ui.common.ViewSource views;

    @FXML
    private javafx.scene.control.TabPane tabs;

    @FXML
    private ChoiceBox<Language> languageChoice;
    @FXML
    private TextField operatorField;
    @FXML
    private Button saveOperatorButton;
    @FXML
    private Label feedbackLabel;

    public SettingsView(SettingsViewModel viewModel, org.zerodistance.ui.common.ViewSource views) {
        this.viewModel = viewModel;
        this.views = views;
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(Language.values());
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        operatorField.textProperty().bindBidirectional(viewModel.operatorProperty());
        operatorField.setOnAction(e -> viewModel.saveOperator());
        saveOperatorButton.disableProperty().bind(viewModel.operatorProperty().isEmpty());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        for (SettingsTab tab : TABS) {
            javafx.scene.control.Tab pane = new javafx.scene.control.Tab(org.zerodistance.i18n.Messages.get(tab.titleKey()));
            pane.setClosable(false);
            pane.setContent(views.load(tab.viewClass()));
            tabs.getTabs().add(pane);
        }
        // a tab shows fresh data when chosen (a backup taken at start or on another tab, an entry just audited)
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now.getContent() != null && now.getContent().getUserData() instanceof org.zerodistance.ui.common.Refreshable part) {
                part.refresh();
            }
        });
        viewModel.load();
    }

    @Override
    public void refresh() {
        viewModel.load();
        for (javafx.scene.control.Tab tab : tabs.getTabs()) {
            if (tab.getContent() != null && tab.getContent().getUserData() instanceof org.zerodistance.ui.common.Refreshable part) {
                part.refresh();
            }
        }
    }

    @FXML
    private void onSaveOperator() {
        viewModel.saveOperator();
    }
}
