package org.zerodistance.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zerodistance.service.BackupFile;
import org.zerodistance.service.DatabaseUnavailableException;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.ImmediateTaskRunner;

/** A database that does not open leads to an offer to restore the latest backup, not a stack trace. */
class DatabaseRecoveryTest {

    private final List<String> shown = new ArrayList<>();
    private final List<Path> restored = new ArrayList<>();
    private boolean answer;

    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(Throwable error) {
            shown.add("error:" + ((DatabaseUnavailableException) error).messageKey());
        }

        @Override
        public void showInfo(String title, String message) {
            shown.add("info");
        }

        @Override
        public boolean confirm(String title, String message) {
            shown.add("confirm:" + message);
            return answer;
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return Optional.empty();
        }
    };

    private final BackupFile latest = new BackupFile(Path.of("/data/backups/zero-distance-2026-05-20_18-00-00.zip"),
            LocalDateTime.of(2026, 5, 20, 18, 0), 20_000, BackupFile.Kind.REGULAR);

    private MainWindowViewModel viewModel() {
        org.zerodistance.i18n.Messages.setLanguage(org.zerodistance.i18n.Language.CHINESE);
        return new MainWindowViewModel(new ImmediateTaskRunner(), dialogs, new CommunityScope(), restored::add);
    }

    @Test
    void offersTheLatestBackupAndRestoresItWhenTheClerkAgrees() {
        answer = true;
        viewModel().databaseFailed(new DatabaseUnavailableException(latest, "database.error.cannotOpen", "db", latest.file(), "logs"));

        assertEquals(1, shown.size());
        assertTrue(shown.get(0).contains("zero-distance-2026-05-20_18-00-00.zip"), shown.get(0));
        assertTrue(shown.get(0).contains("2026-05-20 18:00"), shown.get(0));
        assertEquals(List.of(latest.file()), restored);
    }

    @Test
    void declinedSaysWhatToDoInstead() {
        answer = false;
        viewModel().databaseFailed(new DatabaseUnavailableException(latest, "database.error.cannotOpen", "db", latest.file(), "logs"));

        assertEquals("error:database.error.cannotOpen", shown.get(1));
        assertTrue(restored.isEmpty());
    }

    @Test
    void withoutABackupItSaysSoAndOffersNothing() {
        MainWindowViewModel viewModel = viewModel();
        viewModel.databaseFailed(new DatabaseUnavailableException(null, "database.error.cannotOpenNoBackup", "db", "logs"));

        assertEquals(List.of("error:database.error.cannotOpenNoBackup"), shown);
        assertTrue(restored.isEmpty());
        assertEquals("数据库未能打开", viewModel.statusProperty().get());
    }
}
