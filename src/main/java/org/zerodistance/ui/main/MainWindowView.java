package org.zerodistance.ui.main;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.zerodistance.domain.Community;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.about.AboutView;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.ViewSource;
import org.zerodistance.ui.common.Filterable;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.communities.CommunitiesView;
import org.zerodistance.ui.funds.FundsView;
import org.zerodistance.ui.pairings.PairingsView;
import org.zerodistance.ui.passbook.PassbookView;
import org.zerodistance.ui.posts.PostsView;
import org.zerodistance.ui.imports.ImportsView;
import org.zerodistance.ui.households.HouseholdsView;
import org.zerodistance.ui.members.MembersView;
import org.zerodistance.ui.dashboard.DashboardView;
import org.zerodistance.ui.reports.ReportsView;
import org.zerodistance.ui.settings.SettingsView;
import org.zerodistance.ui.teams.TeamsView;
import org.zerodistance.ui.wishes.WishesView;

/** The main window: toolbar with the community picker, sidebar of sections, content, status bar. */
public final class MainWindowView {

    /**
     * The sections in sidebar order; a section is listed once its screen exists. Planned order: dashboard, members,
     * households, wishes, pairings, teams, posts, passbook, funds, reports, import, settings, communities, about.
     */
    public static final List<Section> SECTIONS = List.of(
            new Section("dashboard", DashboardView.class),
            new Section("members", MembersView.class),
            new Section("households", HouseholdsView.class),
            new Section("wishes", WishesView.class),
            new Section("pairings", PairingsView.class),
            new Section("teams", TeamsView.class),
            new Section("posts", PostsView.class),
            new Section("passbook", PassbookView.class),
            new Section("funds", FundsView.class),
            new Section("imports", ImportsView.class),
            new Section("reports", ReportsView.class),
            new Section("settings", SettingsView.class),
            new Section("communities", CommunitiesView.class),
            new Section("about", AboutView.class));

    /** Stands for "all communities" in the picker. */
    static final Community ALL = new Community(-1, "", false);

    private final MainWindowViewModel viewModel;
    private final ViewSource views;
    private final Map<Class<?>, Parent> loaded = new HashMap<>();
    private final ToggleGroup navigation = new ToggleGroup();
    /** True while {@link #open} shows a section it is about to hand a filter to. */
    private boolean filterComing;

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<Community> communityPicker;
    @FXML
    private VBox sidebar;
    @FXML
    private StackPane content;
    @FXML
    private Label statusLabel;
    @FXML
    private Label operatorLabel;
    @FXML
    private ProgressBar busyIndicator;
    @FXML
    private Parent openingPane;

    public MainWindowView(MainWindowViewModel viewModel, ViewSource views) {
        this.viewModel = viewModel;
        this.views = views;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(viewModel.statusProperty());
        operatorLabel.textProperty().bind(viewModel.operatorProperty());
        busyIndicator.visibleProperty().bind(viewModel.tasks().busyProperty());
        sidebar.disableProperty().bind(viewModel.databaseReadyProperty().not());
        communityPicker.disableProperty().bind(viewModel.databaseReadyProperty().not());
        setUpPicker();
        for (Section section : SECTIONS) {
            ToggleButton button = new ToggleButton(Messages.get(section.titleKey()));
            button.setId("nav-" + section.id());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navigation);
            button.setUserData(section);
            sidebar.getChildren().add(button);
        }
        navigation.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now == null) {
                navigation.selectToggle(before); // a section stays chosen
            } else {
                show((Section) now.getUserData());
            }
        });
        viewModel.databaseReadyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                showFirstSection();
            }
        });
        if (viewModel.databaseReadyProperty().get()) {
            showFirstSection();
        }
    }

    private void showFirstSection() {
        if (navigation.getSelectedToggle() == null) {
            navigation.selectToggle(navigation.getToggles().get(0));
        }
    }

    private void show(Section section) {
        Parent view = loaded.get(section.viewClass());
        if (view == null) {
            view = views.load(section.viewClass());
            loaded.put(section.viewClass(), view);
        } else if (filterComing && view.getUserData() instanceof Filterable) {
            // the filter about to be handed over reloads the screen: no second load
        } else if (view.getUserData() instanceof Refreshable screen) {
            screen.refresh();
        }
        content.getChildren().setAll(view);
    }

    /** Whether this build has a screen for {@code sectionId}. */
    public static boolean hasSection(String sectionId) {
        return SECTIONS.stream().anyMatch(section -> section.id().equals(sectionId));
    }

    /** Shows section {@code sectionId}; a {@link Filterable} screen is handed {@code filter} (when not null). */
    public void open(String sectionId, ListFilter filter) {
        for (var toggle : navigation.getToggles()) {
            Section section = (Section) toggle.getUserData();
            if (section.id().equals(sectionId)) {
                filterComing = filter != null;
                try {
                    navigation.selectToggle(toggle);
                } finally {
                    filterComing = false;
                }
                Parent view = loaded.get(section.viewClass());
                if (filter != null && view != null && view.getUserData() instanceof Filterable screen) {
                    screen.applyFilter(filter);
                }
                return;
            }
        }
    }

    private void setUpPicker() {
        communityPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Community community) {
                if (community == null) {
                    return "";
                }
                return community == ALL ? Messages.get("main.allCommunities") : community.name();
            }

            @Override
            public Community fromString(String text) {
                return null;
            }
        });
        rebuildPicker();
        viewModel.scope().communities().addListener((ListChangeListener<Community>) change -> rebuildPicker());
        communityPicker.valueProperty().addListener((obs, before, now) -> {
            if (now != null) {
                viewModel.scope().selectedProperty().set(now == ALL ? null : now);
            }
        });
        viewModel.scope().selectedProperty().addListener((obs, before, now) -> selectInPicker(now));
    }

    private void rebuildPicker() {
        Community chosen = viewModel.scope().selected();
        communityPicker.getItems().setAll(ALL);
        communityPicker.getItems().addAll(viewModel.scope().communities());
        selectInPicker(chosen);
    }

    private void selectInPicker(Community chosen) {
        Community item = chosen == null ? ALL
                : communityPicker.getItems().stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(ALL);
        if (communityPicker.getValue() != item) {
            communityPicker.setValue(item);
        }
    }

    public BorderPane root() {
        return root;
    }
}
