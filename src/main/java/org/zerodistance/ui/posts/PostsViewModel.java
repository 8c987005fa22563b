package org.zerodistance.ui.posts;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.domain.Hours;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.PostClaim;
import org.zerodistance.domain.PostDraft;
import org.zerodistance.domain.PostDuty;
import org.zerodistance.domain.ServicePost;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.PostService;
import org.zerodistance.service.VocabularyService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.SaveFileChooser;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The Posts screen: the posts of the chosen community and a form for one; its claims, where a member claims it,
 * gets the commitment letter to sign and the signing date is recorded; and the duties of the selected claim.
 */
public final class PostsViewModel {

    private final PostService posts;
    private final VocabularyService vocabulary;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SaveFileChooser saveFiles;
    private final CommunityScope scope;
    private final ChangeListener<Community> scopeListener = (obs, before, now) -> {
        select(null);
        load();
    };

    private final ObservableList<ServicePost> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ServicePost> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final BooleanProperty formOpen = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty peopleNeeded = new SimpleStringProperty("1");

    private final ObservableList<PostClaim> claims = FXCollections.observableArrayList();
    private final ObjectProperty<PostClaim> selectedClaim = new SimpleObjectProperty<>();
    private final ObservableList<MemberName> memberChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MemberName> claimMember = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> claimDate = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<LocalDate> commitmentDate = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(LocalDate.now());

    private final ObservableList<PostDuty> duties = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> dutyDate = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty dutyHours = new SimpleStringProperty("");
    private final StringProperty dutyNote = new SimpleStringProperty("");

    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanBinding canCreate;
    private final BooleanBinding claimActive;

    public PostsViewModel(PostService posts, VocabularyService vocabulary, TaskRunner tasks, DialogService dialogs,
                          SaveFileChooser saveFiles, CommunityScope scope) {
        this.posts = posts;
        this.vocabulary = vocabulary;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.saveFiles = saveFiles;
        this.scope = scope;
        scope.selectedProperty().addListener(new WeakChangeListener<>(scopeListener));
        showArchived.addListener((obs, was, now) -> load());
        canCreate = scope.selectedProperty().isNotNull().and(working.not());
        claimActive = Bindings.createBooleanBinding(() -> selectedClaim.get() != null && selectedClaim.get().active(), selectedClaim);
        selectedClaim.addListener((obs, before, now) -> loadDuties(now));
    }

    /** Reloads the posts of the chosen community (all when none is chosen), keeping the selection. */
    public void load() {
        Long communityId = communityId();
        boolean archived = showArchived.get();
        Long keep = selected.get() == null ? null : selected.get().id();
        Long keepClaim = selectedClaim.get() == null ? null : selectedClaim.get().id();
        tasks.run(progress -> new Snapshot(posts.list(communityId, archived), vocabulary.list(VocabularyKind.POST_CATEGORY)), snapshot -> {
            rows.setAll(snapshot.posts());
            categories.setAll(snapshot.categories());
            ServicePost again = keep == null ? null : snapshot.posts().stream().filter(p -> p.id() == keep).findFirst().orElse(null);
            if (again == null && formOpen.get() && selected.get() == null) {
                return; // a new post is being entered: keep the form
            }
            select(again, keepClaim);
        }, dialogs::showError);
    }

    /** Shows {@code post} in the form with its claims; null closes the form. */
    public void select(ServicePost post) {
        if (post != null && selected.get() == post) {
            return; // the table echoing the selection back
        }
        select(post, null);
    }

    /** Shows {@code post} with its claims, selecting the claim with id {@code keepClaim} when given. */
    private void select(ServicePost post, Long keepClaim) {
        selected.set(post);
        selectedClaim.set(null);
        if (post == null) {
            formOpen.set(false);
            clearForm();
            claims.clear();
            memberChoices.clear();
            return;
        }
        formOpen.set(true);
        name.set(post.name());
        category.set(post.category());
        description.set(post.description() == null ? "" : post.description());
        peopleNeeded.set(String.valueOf(post.peopleNeeded()));
        tasks.run(progress -> new Detail(posts.claims(post.id()), posts.memberChoices(post.communityId())), detail -> {
            if (selected.get() == null || selected.get().id() != post.id()) {
                return;
            }
            claims.setAll(detail.claims());
            memberChoices.setAll(detail.members());
            if (keepClaim != null) {
                selectedClaim.set(detail.claims().stream().filter(c -> c.id() == keepClaim).findFirst().orElse(null));
            }
        }, dialogs::showError);
    }

    /** Opens an empty form for a new post of the chosen community. */
    public void newPost() {
        if (scope.selected() == null) {
            feedback.set(Messages.get("post.chooseCommunity"));
            return;
        }
        select(null);
        formOpen.set(true);
        feedback.set("");
    }

    /** Saves the form: sets up a new post or changes the selected one. */
    public void save() {
        ServicePost editing = selected.get();
        Long communityId = editing != null ? Long.valueOf(editing.communityId()) : communityId();
        if (communityId == null) {
            feedback.set(Messages.get("post.chooseCommunity"));
            return;
        }
        PostDraft draft;
        try {
            draft = new PostDraft(communityId, name.get(), category.get(), description.get(), parsePeople(peopleNeeded.get()));
        } catch (DomainException e) {
            dialogs.showError(e);
            return;
        }
        change(() -> editing == null ? posts.create(draft) : posts.update(editing.id(), draft),
                saved -> feedback.set(Messages.get(editing == null ? "post.created" : "post.saved", saved.name())));
    }

    /** Withdraws the selected post after asking (it must have no holders). */
    public void archive() {
        ServicePost post = selected.get();
        if (post == null || post.archived()
                || !dialogs.confirm(Messages.get("post.archive.title"), Messages.get("post.archive.confirm", post.name()))) {
            return;
        }
        change(() -> posts.archive(post.id()), saved -> feedback.set(Messages.get("post.archived", saved.name())));
    }

    public void restore() {
        ServicePost post = selected.get();
        if (post == null || !post.archived()) {
            return;
        }
        change(() -> posts.restore(post.id()), saved -> feedback.set(Messages.get("post.restored", saved.name())));
    }

    /** The chosen member claims the selected post on the chosen date. */
    public void claim() {
        ServicePost post = selected.get();
        MemberName member = claimMember.get();
        if (post == null) {
            return;
        }
        if (member == null) {
            feedback.set(Messages.get("claim.chooseMember"));
            return;
        }
        LocalDate date = claimDate.get();
        working.set(true);
        tasks.run(progress -> posts.claim(post.id(), member.id(), date), claim -> {
            working.set(false);
            claimMember.set(null);
            feedback.set(Messages.get("claim.done", claim.member().name(), claim.postName()));
            reload(post.id(), claim.id());
        }, this::failed);
    }

    /** Asks where to save the selected claim's commitment letter and writes it there. */
    public void writeLetter() {
        PostClaim claim = selectedClaim.get();
        if (claim == null) {
            return;
        }
        String suggested = PostService.letterFileName(claim, Messages::get);
        saveFiles.choose(Messages.get("letter.save.title"), suggested, Messages.get("letter.save.filter"), "docx").ifPresent(target -> {
            working.set(true);
            tasks.run(progress -> posts.writeCommitmentLetter(claim.id(), Messages::get, target), (Path written) -> {
                working.set(false);
                feedback.set(Messages.get("letter.saved", written.toString()));
            }, this::failed);
        });
    }

    /** Records the signing date of the selected claim's letter. */
    public void recordCommitment() {
        PostClaim claim = selectedClaim.get();
        if (claim == null) {
            return;
        }
        LocalDate date = commitmentDate.get();
        claimChange(() -> posts.recordCommitment(claim.id(), date),
                saved -> feedback.set(Messages.get("claim.signed", saved.member().name(), String.valueOf(saved.commitmentDate()))));
    }

    /** The selected claim's member leaves the post on the chosen date, after asking. */
    public void endClaim() {
        PostClaim claim = selectedClaim.get();
        if (claim == null || !claim.active()
                || !dialogs.confirm(Messages.get("claim.end.title"), Messages.get("claim.end.confirm", claim.member().name(), claim.postName()))) {
            return;
        }
        LocalDate date = endDate.get();
        claimChange(() -> posts.endClaim(claim.id(), date),
                saved -> feedback.set(Messages.get("claim.ended", saved.member().name(), saved.postName())));
    }

    /** Records a duty on the selected claim; the member earns points. */
    public void recordDuty() {
        PostClaim claim = selectedClaim.get();
        if (claim == null) {
            return;
        }
        BigDecimal hours;
        try {
            hours = Hours.parse(dutyHours.get());
        } catch (DomainException e) {
            dialogs.showError(e);
            return;
        }
        LocalDate date = dutyDate.get();
        String note = dutyNote.get();
        working.set(true);
        tasks.run(progress -> posts.recordDuty(claim.id(), date, hours, note), duty -> {
            working.set(false);
            dutyNote.set("");
            feedback.set(Messages.get("duty.recorded", claim.member().name(), org.zerodistance.domain.Points.format(duty.points())));
            reload(claim.postId(), claim.id());
        }, this::failed);
    }

    private void loadDuties(PostClaim claim) {
        if (claim == null) {
            duties.clear();
            return;
        }
        tasks.run(progress -> posts.duties(claim.id()), list -> {
            if (selectedClaim.get() != null && selectedClaim.get().id() == claim.id()) {
                duties.setAll(list);
            }
        }, dialogs::showError);
    }

    private void change(java.util.concurrent.Callable<ServicePost> work, java.util.function.Consumer<ServicePost> after) {
        working.set(true);
        tasks.run(progress -> work.call(), saved -> {
            working.set(false);
            after.accept(saved);
            reload(saved.id(), null);
        }, this::failed);
    }

    private void claimChange(java.util.concurrent.Callable<PostClaim> work, java.util.function.Consumer<PostClaim> after) {
        working.set(true);
        tasks.run(progress -> work.call(), saved -> {
            working.set(false);
            after.accept(saved);
            reload(saved.postId(), saved.id());
        }, this::failed);
    }

    /** Reloads the list and shows the post (and claim) again with fresh data. */
    private void reload(long postId, Long claimId) {
        Long communityId = communityId();
        boolean archived = showArchived.get();
        tasks.run(progress -> posts.list(communityId, archived), list -> {
            rows.setAll(list);
            select(list.stream().filter(p -> p.id() == postId).findFirst().orElse(null), claimId);
        }, dialogs::showError);
    }

    private void failed(Throwable error) {
        working.set(false);
        dialogs.showError(error);
    }

    private Long communityId() {
        Community community = scope.selected();
        return community == null ? null : community.id();
    }

    private static int parsePeople(String raw) {
        String text = raw == null ? "" : org.zerodistance.domain.TextNormalizer.withoutSpaces(
                org.zerodistance.domain.TextNormalizer.toHalfWidth(raw));
        if (!text.matches("\\d{1,4}")) {
            throw new DomainException("post.error.peopleNeeded", PostDraft.MAX_PEOPLE);
        }
        return Integer.parseInt(text);
    }

    private void clearForm() {
        name.set("");
        category.set(null);
        description.set("");
        peopleNeeded.set("1");
    }

    public ObservableList<ServicePost> rows() {
        return rows;
    }

    public ObjectProperty<ServicePost> selectedProperty() {
        return selected;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty peopleNeededProperty() {
        return peopleNeeded;
    }

    public ObservableList<PostClaim> claims() {
        return claims;
    }

    public ObjectProperty<PostClaim> selectedClaimProperty() {
        return selectedClaim;
    }

    public ObservableList<MemberName> memberChoices() {
        return memberChoices;
    }

    public ObjectProperty<MemberName> claimMemberProperty() {
        return claimMember;
    }

    public ObjectProperty<LocalDate> claimDateProperty() {
        return claimDate;
    }

    public ObjectProperty<LocalDate> commitmentDateProperty() {
        return commitmentDate;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public ObservableList<PostDuty> duties() {
        return duties;
    }

    public ObjectProperty<LocalDate> dutyDateProperty() {
        return dutyDate;
    }

    public StringProperty dutyHoursProperty() {
        return dutyHours;
    }

    public StringProperty dutyNoteProperty() {
        return dutyNote;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    /** True when 全部社区 is chosen: the list then shows each row's community. */
    public BooleanBinding allCommunities() {
        return scope.selectedProperty().isNull();
    }

    public BooleanBinding canCreate() {
        return canCreate;
    }

    /** True when a claim is selected and its member still holds the post. */
    public BooleanBinding claimActive() {
        return claimActive;
    }

    private record Snapshot(List<ServicePost> posts, List<String> categories) {
    }

    private record Detail(List<PostClaim> claims, List<MemberName> members) {
    }
}
