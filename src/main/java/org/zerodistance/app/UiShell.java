package org.zerodistance.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.HouseholdSummary;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.i18n.Language;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.Services;
import org.zerodistance.ui.about.AboutView;
import org.zerodistance.ui.about.AboutViewModel;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DetailPart;
import org.zerodistance.ui.common.Fonts;
import org.zerodistance.ui.common.FxDialogService;
import org.zerodistance.ui.common.FxSaveFileChooser;
import org.zerodistance.ui.common.FxTaskRunner;
import org.zerodistance.ui.common.SaveFileChooser;
import org.zerodistance.ui.common.FolderOpener;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Navigator;
import org.zerodistance.ui.communities.CommunitiesView;
import org.zerodistance.ui.dashboard.DashboardView;
import org.zerodistance.ui.dashboard.DashboardViewModel;
import org.zerodistance.ui.reports.ReportsView;
import org.zerodistance.ui.reports.ReportsViewModel;
import org.zerodistance.ui.communities.CommunitiesViewModel;
import org.zerodistance.ui.funds.FundsView;
import org.zerodistance.ui.funds.FundsViewModel;
import org.zerodistance.ui.imports.ImportsView;
import org.zerodistance.ui.imports.ImportsViewModel;
import org.zerodistance.ui.main.MainWindowView;
import org.zerodistance.ui.main.MainWindowViewModel;
import org.zerodistance.ui.pairings.PairingsView;
import org.zerodistance.ui.pairings.PairingsViewModel;
import org.zerodistance.ui.passbook.PassbookSettingsView;
import org.zerodistance.ui.passbook.PassbookSettingsViewModel;
import org.zerodistance.ui.passbook.PassbookView;
import org.zerodistance.ui.passbook.PassbookViewModel;
import org.zerodistance.ui.passbook.RecognitionView;
import org.zerodistance.ui.passbook.RecognitionViewModel;
import org.zerodistance.ui.posts.PostsView;
import org.zerodistance.ui.posts.PostsViewModel;
import org.zerodistance.ui.settings.AuditLogView;
import org.zerodistance.ui.settings.AuditLogViewModel;
import org.zerodistance.ui.settings.BackupsView;
import org.zerodistance.ui.settings.BackupsViewModel;
import org.zerodistance.ui.common.TextListPart;
import org.zerodistance.ui.households.HouseholdLines;
import org.zerodistance.ui.households.HouseholdsView;
import org.zerodistance.ui.households.HouseholdsViewModel;
import org.zerodistance.ui.main.MainWindowView;
import org.zerodistance.ui.main.MainWindowViewModel;
import org.zerodistance.ui.members.MembersView;
import org.zerodistance.ui.members.MembersViewModel;
import org.zerodistance.ui.members.RegistrySettingsView;
import org.zerodistance.ui.members.RegistrySettingsViewModel;
import org.zerodistance.ui.settings.SettingsView;
import org.zerodistance.ui.settings.TeamsAndPostsSettingsView;
import org.zerodistance.ui.settings.TeamsAndPostsSettingsViewModel;
import org.zerodistance.ui.settings.SettingsViewModel;
import org.zerodistance.ui.teams.TeamsView;
import org.zerodistance.ui.teams.TeamsViewModel;
import org.zerodistance.ui.wishes.WishSettingsView;
import org.zerodistance.ui.wishes.WishSettingsViewModel;
import org.zerodistance.ui.wishes.WishesView;
import org.zerodistance.ui.wishes.WishesViewModel;
import org.zerodistance.ui.welcome.WelcomeView;
import org.zerodistance.ui.wordlists.WordListView;
import org.zerodistance.ui.welcome.WelcomeViewModel;

/**
 * Composition root of the window: builds every view with its view model. The window shows first and the
 * database opens in the background, so the clerk sees the window at once.
 */
public final class UiShell implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UiShell.class);

    private final AppContext context;
    private final Stage stage;
    private final FxTaskRunner tasks = new FxTaskRunner();
    /** The daily backup runs here, not on the screens' two threads: zipping a large database takes seconds. */
    private final FxTaskRunner housekeeping = new FxTaskRunner(1, "housekeeping");
    /** The daily backup waits this long after the start, so the first screens the clerk opens get the machine. */
    private java.time.Duration dailyBackupDelay = java.time.Duration.ofSeconds(30);
    private final CommunityScope scope = new CommunityScope();
    private final FxDialogService dialogs;
    private final ViewLoader views = new ViewLoader(this::controller);
    private final FolderOpener folders;
    private MainWindowViewModel mainViewModel;
    private volatile SaveFileChooser saveFiles;
    private MainWindowView mainView;

    /** Links between screens (the dashboard's figures) go through the main window's sidebar. */
    private final Navigator navigator = new Navigator() {
        @Override
        public boolean has(String sectionId) {
            return MainWindowView.hasSection(sectionId);
        }

        @Override
        public void open(String sectionId, ListFilter filter) {
            if (mainView != null) {
                mainView.open(sectionId, filter);
            }
        }
    };

    public UiShell(AppContext context, Stage stage) {
        this(context, stage, folder -> LOG.info("No desktop to show the folder {}", folder));
    }

    /** With {@code folders} showing a folder in the system's file manager (the application's host services). */
    public UiShell(AppContext context, Stage stage, FolderOpener folders) {
        this.context = context;
        this.stage = stage;
        this.folders = folders;
        this.dialogs = new FxDialogService(() -> stage);
        this.saveFiles = new FxSaveFileChooser(() -> stage);
    }

    /** Replaces the save dialog (tests and automation, where no native dialog can open); affects screens opened later. */
    public void useSaveFileChooser(SaveFileChooser chooser) {
        this.saveFiles = chooser;
    }

    /** Shows the window and opens the database behind it. */
    public void show() {
        mainViewModel = newMainViewModel();
        stage.setScene(new Scene(buildRoot(), 1200, 760));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        updateTitle();
        stage.show();
        tasks.run(progress -> {
            Services opened = context.openDatabase();
            return new Opened(opened, opened.communities().list(true).isEmpty());
        }, opened -> {
            if (opened.firstRun()) {
                showWelcome();
            } else {
                mainViewModel.databaseOpened(opened.services());
            }
            dailyBackup();
        }, error -> mainViewModel.databaseFailed(error));
    }

    /** The database as opened; {@code firstRun} when it holds no community yet. */
    private record Opened(Services services, boolean firstRun) {
    }

    /** Sets and remembers the UI language (a failure to remember it is said, the switch still happens). */
    private void useLanguage(Language language) {
        Messages.setLanguage(language);
        try {
            context.preferences().setLanguage(language);
        } catch (IOException e) {
            LOG.warn("Could not save the language preference", e);
            dialogs.showError(new org.zerodistance.service.ServiceException("settings.error.notSaved", context.paths().preferencesFile()));
        }
    }

    /** The welcome screen drawn again in {@code language}. */
    private void switchLanguageOnWelcome(Language language) {
        useLanguage(language);
        updateTitle();
        showWelcome();
    }

    /** The first run: the welcome screen in place of the main window, until a community exists. */
    private void showWelcome() {
        Parent welcome = views.load(WelcomeView.class);
        welcome.setStyle(Fonts.rootStyle());
        stage.getScene().setRoot(welcome);
    }

    /** After the welcome screen: the main window over the open database, working in {@code first}, on the dashboard. */
    private void openMainWindowOn(Community first) {
        mainViewModel = newMainViewModel();
        stage.getScene().setRoot(buildRoot());
        // The picker can choose the community only once the list holds it (it falls back to "all" otherwise).
        ListChangeListener<Community> chooseWhenListed = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Community> change) {
                scope.communities().stream().filter(c -> c.id() == first.id()).findFirst().ifPresent(listed -> {
                    scope.communities().removeListener(this);
                    scope.selectedProperty().set(listed);
                });
            }
        };
        scope.communities().addListener(chooseWhenListed);
        mainViewModel.databaseOpened(services());
    }

    private MainWindowViewModel newMainViewModel() {
        return new MainWindowViewModel(tasks, dialogs, scope, this::restoreBackup);
    }

    /** Once a day, at start: a backup when the newest is more than a day old. */
    private void dailyBackup() {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(Math.max(1, dailyBackupDelay.toMillis())));
        wait.setOnFinished(e -> housekeeping.run(progress -> context.current() == null ? java.util.Optional.<org.zerodistance.service.BackupFile>empty()
                        : context.backups().backupIfDue(),
                taken -> taken.ifPresent(backup -> LOG.info("Daily backup taken: {}", backup.fileName())),
                dialogs::showError));
        wait.play();
    }

    /** How long after the start the daily backup is taken (tests take it at once). */
    public void useDailyBackupDelay(java.time.Duration delay) {
        this.dailyBackupDelay = delay;
    }

    /**
     * Restores {@code backup} for the whole window: the window is disabled while the database is closed and replaced,
     * then every screen is rebuilt over the reopened database (no screen keeps services of the closed one).
     */
    void restoreBackup(Path backup) {
        Parent root = stage.getScene().getRoot();
        root.setDisable(true);
        mainViewModel.statusProperty().set(Messages.get("backup.restoring"));
        Services before = context.current();
        tasks.run(progress -> context.backups().restore(backup), restored -> {
            redrawOverCurrentData();
            dialogs.showInfo(Messages.get("backup.restore.title"), restored.savedBefore() == null
                    ? Messages.get("backup.restored", restored.source().getFileName())
                    : Messages.get("backup.restoredSaved", restored.source().getFileName(), restored.savedBefore().fileName()));
        }, error -> {
            root.setDisable(false);
            Services now = context.current();
            if (now != null && now != before) {
                redrawOverCurrentData(); // the database was closed and reopened unchanged
            } else if (now == null) {
                mainViewModel.statusProperty().set(Messages.get("main.status.failed"));
            } else {
                mainViewModel.statusProperty().set(Messages.get("main.status.ready"));
            }
            dialogs.showError(error);
        });
    }

    /** A new main window over whatever database is open now (after a restore). */
    private void redrawOverCurrentData() {
        mainViewModel = newMainViewModel();
        stage.getScene().setRoot(buildRoot());
        Services current = context.current();
        if (current != null) {
            mainViewModel.databaseOpened(current);
        }
    }

    private Parent buildRoot() {
        Parent root = views.load(MainWindowView.class);
        root.setStyle(Fonts.rootStyle());
        return root;
    }

    private void updateTitle() {
        stage.setTitle(Messages.get("app.title") + " " + AppInfo.version());
    }

    /** Redraws the window in {@code language} and remembers the choice for the next start. */
    void switchLanguage(Language language) {
        useLanguage(language);
        MainWindowViewModel previous = mainViewModel;
        mainViewModel = newMainViewModel();
        stage.getScene().setRoot(buildRoot());
        updateTitle();
        if (previous.databaseReadyProperty().get()) {
            mainViewModel.databaseOpened(services());
        }
    }

    private Services services() {
        return context.services();
    }

    /** Builds the controller for an FXML view, with its view model. */
    private Object controller(Class<?> type) {
        if (type == MainWindowView.class) {
            mainView = new MainWindowView(mainViewModel, views::load);
            return mainView;
        }
        if (type == DashboardView.class) {
            return new DashboardView(new DashboardViewModel(services().stats(), tasks, dialogs, scope, navigator,
                    java.time.LocalDate.now()));
        }
        if (type == ReportsView.class) {
            return new ReportsView(new ReportsViewModel(services().reports(), tasks, dialogs, scope, folders, saveFiles,
                    reportFolder(), java.time.LocalDate.now()));
        }
        if (type == MembersView.class) {
            return new MembersView(new MembersViewModel(services().members(), services().vocabulary(), services().stats(), tasks,
                    dialogs, scope), memberDetailParts());
        }
        if (type == HouseholdsView.class) {
            return new HouseholdsView(new HouseholdsViewModel(services().households(), services().members(), services().vocabulary(),
                    services().stats(), tasks, dialogs, scope), householdDetailParts());
        }
        if (type == RegistrySettingsView.class) {
            return new RegistrySettingsView(new RegistrySettingsViewModel(services().vocabulary(), services().households(), tasks, dialogs));
        }
        if (type == CommunitiesView.class) {
            return new CommunitiesView(new CommunitiesViewModel(services().communities(), tasks, dialogs, scope));
        }
        if (type == PairingsView.class) {
            return new PairingsView(new PairingsViewModel(services().pairings(), services().stats(), tasks, dialogs, scope));
        }
        if (type == FundsView.class) {
            return new FundsView(new FundsViewModel(services().funds(), tasks, dialogs, scope));
        }
        if (type == ImportsView.class) {
            return new ImportsView(new ImportsViewModel(services().imports(), tasks, dialogs, scope));
        }
        if (type == SettingsView.class) {
            return new SettingsView(new SettingsViewModel(services().settings(), tasks, dialogs, this::switchLanguage,
                    mainViewModel::refresh), views::load);
        }
        if (type == TeamsView.class) {
            return new TeamsView(new TeamsViewModel(services().teams(), services().vocabulary(), services().stats(), tasks, dialogs, scope));
        }
        if (type == PostsView.class) {
            return new PostsView(new PostsViewModel(services().posts(), services().vocabulary(), tasks, dialogs, saveFiles, scope));
        }
        if (type == PassbookView.class) {
            return new PassbookView(new PassbookViewModel(services().passbook(), tasks, dialogs, saveFiles, scope));
        }
        if (type == RecognitionView.class) {
            return new RecognitionView(new RecognitionViewModel(services().recognition(), tasks, dialogs, scope));
        }
        if (type == PassbookSettingsView.class) {
            return new PassbookSettingsView(new PassbookSettingsViewModel(services().passbook(), services().recognition(), tasks, dialogs));
        }
        if (type == WishesView.class) {
            return new WishesView(new WishesViewModel(services().wishes(), services().vocabulary(), services().stats(), tasks, dialogs, scope));
        }
        if (type == WishSettingsView.class) {
            return new WishSettingsView(new WishSettingsViewModel(services().wishes(), services().vocabulary(), tasks, dialogs));
        }
        if (type == TeamsAndPostsSettingsView.class) {
            return new TeamsAndPostsSettingsView(new TeamsAndPostsSettingsViewModel(services().vocabulary(), tasks, dialogs));
        }
        if (type == WordListView.class) {
            return new WordListView(); // included by the settings tabs, which give it its list
        }
        if (type == BackupsView.class) {
            return new BackupsView(new BackupsViewModel(context.backups(), tasks, dialogs, this::restoreBackup));
        }
        if (type == AuditLogView.class) {
            return new AuditLogView(new AuditLogViewModel(services().audit(), tasks, dialogs));
        }
        if (type == WelcomeView.class) {
            return new WelcomeView(new WelcomeViewModel(services().communities(), services().sampleCommunity(), tasks,
                    this::openMainWindowOn), context.paths().home().toString(), this::switchLanguageOnWelcome);
        }
        if (type == AboutView.class) {
            return new AboutView(new AboutViewModel(AppInfo.version(), context.paths().home().toString(),
                    context.paths().logs().toString()));
        }
        throw new IllegalArgumentException("No controller registered for " + type.getName());
    }

    /** Parts other features add to a member's detail pane (pairings, claims, teams, posts, points): add yours here. */
    private List<DetailPart<MemberSummary>> memberDetailParts() {
        return List.of(new TextListPart<>("member.part.points", "household.part.none", tasks, m -> {
            long id = m.id();
            List<String> lines = new java.util.ArrayList<>();
            lines.add(Messages.get("member.part.balance", services().passbook().balance(id).stripTrailingZeros().toPlainString()));
            services().recognition().awardsOf(id).forEach(a -> lines.add(Messages.get("member.part.award", a.quarter().code(), a.title())));
            return lines;
        }));
    }

    /** Parts other features add to a household's detail pane (pairings, wishes, funds): add yours here. */
    private List<DetailPart<HouseholdSummary>> householdDetailParts() {
        return List.of(
                new TextListPart<>("household.part.received", "household.part.none", tasks,
                        h -> HouseholdLines.received(services().pairings().householdHistory(h.household().id()))),
                new TextListPart<>("household.part.wishes", "household.part.none", tasks,
                        h -> HouseholdLines.wishes(services().wishes().wishesOfHousehold(h.household().id()))));
    }

    /** Where reports are saved unless the clerk chooses otherwise: the Documents folder, or home. */
    private static java.nio.file.Path reportFolder() {
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home"));
        for (String name : java.util.List.of("Documents", "文档")) {
            if (java.nio.file.Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home;
    }

    /** Closes the window's work; a clean exit always leaves a fresh backup behind. */
    @Override
    public void close() {
        tasks.close();
        housekeeping.close();
        if (context.current() != null) {
            try {
                context.backups().backupNow();
            } catch (RuntimeException e) {
                LOG.error("The backup on exit failed", e);
            }
        }
        context.close();
    }
}
