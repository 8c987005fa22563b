package org.zerodistance.ui.settings;

import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;
import org.zerodistance.ui.wordlists.WordListViewModel;

/** The "Teams and posts" settings tab: the specialties a team is given and the categories of service posts. */
public final class TeamsAndPostsSettingsViewModel {

    private final WordListViewModel specialties;
    private final WordListViewModel postCategories;

    public TeamsAndPostsSettingsViewModel(VocabularyService vocabulary, TaskRunner tasks, DialogService dialogs) {
        this.specialties = new WordListViewModel(VocabularyKind.TEAM_SPECIALTY, vocabulary, tasks, dialogs);
        this.postCategories = new WordListViewModel(VocabularyKind.POST_CATEGORY, vocabulary, tasks, dialogs);
    }

    public void load() {
        specialties.load();
        postCategories.load();
    }

    /** The team specialty list's editor (offered in the team form). */
    public WordListViewModel specialties() {
        return specialties;
    }

    /** The service-post category list's editor (offered in the post form). */
    public WordListViewModel postCategories() {
        return postCategories;
    }
}
