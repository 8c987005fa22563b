package org.zerodistance.ui.wishes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Money;
import org.zerodistance.domain.TextNormalizer;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishDraft;
import org.zerodistance.domain.WishSource;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.WishService;
import org.zerodistance.ui.common.CommunityScope;
import org.zerodistance.ui.common.DialogService;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The quick-entry form for collecting many wishes in a row. The resident is a household found by name or address
 * (楼栋门牌) or, when none is chosen, the typed name of someone not registered. After each save the form starts the next
 * wish and keeps the building of the last household, so the clerk going door to door only types the room.
 */
public final class WishEntryViewModel {

    /** How many matching households the picker lists. */
    static final int MAX_MATCHES = 8;

    private final WishService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CommunityScope scope;
    private final Consumer<Wish> saved;

    private final ObservableList<Household> matches = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final StringProperty residentText = new SimpleStringProperty("");
    private final ObjectProperty<Household> household = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final StringProperty valueText = new SimpleStringProperty("");
    private final ObjectProperty<WishSource> source = new SimpleObjectProperty<>(WishSource.HOME_VISIT);
    private final ObjectProperty<LocalDate> collectedDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final StringProperty feedback = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty hasCommunity = new SimpleBooleanProperty(false);
    private final IntegerProperty savedCount = new SimpleIntegerProperty();
    private final BooleanBinding canSave;
    private List<Household> households = List.of();

    public WishEntryViewModel(WishService service, TaskRunner tasks, DialogService dialogs, CommunityScope scope, Consumer<Wish> saved) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.scope = scope;
        this.saved = saved;
        collectedDate.set(service.today());
        residentText.addListener((obs, was, now) -> {
            Household chosen = household.get();
            if (chosen != null && !label(chosen).equals(now)) {
                household.set(null); // the clerk typed over the chosen household
            }
            updateMatches();
        });
        household.addListener((obs, was, now) -> updateMatches());
        canSave = Bindings.createBooleanBinding(() -> hasCommunity.get() && !working.get()
                        && !content.get().isBlank() && !residentText.get().isBlank(),
                hasCommunity, working, content, residentText);
    }

    /** Loads the households of the chosen community for the picker (the form needs one community). */
    public void load() {
        Community community = scope.selected();
        hasCommunity.set(community != null);
        if (community == null) {
            households = List.of();
            updateMatches();
            return;
        }
        tasks.run(progress -> service.residentChoices(community.id()), loaded -> {
            if (scope.selected() != null && scope.selected().id() == community.id()) {
                households = loaded;
                updateMatches();
            }
        }, dialogs::showError);
    }

    /** The screen loaded the category list: keep the chosen one if it is still there. */
    void categoriesLoaded(List<String> loaded) {
        String chosen = category.get();
        if (!categories.equals(loaded)) {
            categories.setAll(loaded); // a combo box bound to the list may clear its value here
        }
        category.set(chosen != null && loaded.contains(chosen) ? chosen : loaded.isEmpty() ? null : loaded.get(0));
    }

    /** Picks a household from the matches as the wish's resident. */
    public void choose(Household chosen) {
        if (chosen == null) {
            return;
        }
        household.set(chosen);
        residentText.set(label(chosen));
    }

    /**
     * Picks the household the clerk means on Enter in the resident field: the highlighted one, else the only match.
     * Returns whether one was picked (otherwise the text stays a free name).
     */
    public boolean chooseOnEnter(Household highlighted) {
        if (household.get() != null) {
            return true;
        }
        if (highlighted != null) {
            choose(highlighted);
            return true;
        }
        if (matches.size() == 1) {
            choose(matches.get(0));
            return true;
        }
        return false;
    }

    /** Saves the wish and starts the next one (keeps category, source, date; remembers the building). */
    public void save() {
        Community community = scope.selected();
        if (community == null) {
            dialogs.showError(new DomainException("wish.entry.needCommunity"));
            return;
        }
        Household chosen = household.get();
        WishDraft draft;
        try {
            BigDecimal value = Money.parseYuan(valueText.get());
            draft = new WishDraft(community.id(), chosen == null ? null : chosen.id(), residentText.get(), phone.get(),
                    content.get(), category.get(), value, source.get(), collectedDate.get(), deadline.get());
        } catch (DomainException e) {
            dialogs.showError(e);
            return;
        }
        working.set(true);
        tasks.run(progress -> service.collect(draft), wish -> {
            working.set(false);
            feedback.set(Messages.get("wish.entry.saved", wish.resident().name(), wish.content()));
            startNext(chosen);
            savedCount.set(savedCount.get() + 1);
            saved.accept(wish);
        }, error -> {
            working.set(false);
            dialogs.showError(error);
        });
    }

    private void startNext(Household last) {
        household.set(null);
        residentText.set(last == null ? "" : buildingOf(last));
        phone.set("");
        content.set("");
        valueText.set("");
        deadline.set(null);
    }

    /** The household's address up to its building ({@code 3栋}), or empty. */
    static String buildingOf(Household household) {
        String address = household.address();
        int end = address.indexOf('栋');
        return end < 0 ? "" : address.substring(0, end + 1);
    }

    /** How a household shows in the picker and the resident field: {@code 李秀英 · 3栋2单元401}. */
    public static String label(Household household) {
        String address = household.address();
        return address.isEmpty() ? household.headName() : household.headName() + " · " + address;
    }

    private void updateMatches() {
        if (household.get() != null) {
            matches.clear();
            return;
        }
        matches.setAll(match(households, residentText.get()));
    }

    /**
     * Households whose head's name contains the words, or whose address starts with them ({@code 3栋} finds building 3,
     * not 13); words without a building ({@code 401}, {@code 2单元}) are looked for anywhere after it. In address order,
     * as the clerk walks the building.
     */
    static List<Household> match(List<Household> households, String text) {
        String q = TextNormalizer.withoutSpaces(TextNormalizer.toHalfWidth(text == null ? "" : text));
        if (q.isEmpty()) {
            return List.of();
        }
        return households.stream()
                .filter(h -> {
                    String address = h.address();
                    String afterBuilding = address.substring(address.indexOf('栋') + 1);
                    return h.headName().contains(q) || address.startsWith(q) || (!q.contains("栋") && afterBuilding.contains(q));
                })
                .sorted(java.util.Comparator.comparing((Household h) -> h.address()).thenComparing(Household::headName))
                .limit(MAX_MATCHES)
                .toList();
    }

    public ObservableList<Household> matches() {
        return matches;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public StringProperty residentTextProperty() {
        return residentText;
    }

    /** The chosen household, or null for a resident who is not registered. */
    public ObjectProperty<Household> householdProperty() {
        return household;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public StringProperty valueTextProperty() {
        return valueText;
    }

    public ObjectProperty<WishSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> collectedDateProperty() {
        return collectedDate;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public StringProperty feedbackProperty() {
        return feedback;
    }

    public BooleanProperty hasCommunityProperty() {
        return hasCommunity;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Goes up by one after each save (the view moves the cursor back to the resident field). */
    public ReadOnlyIntegerProperty savedCountProperty() {
        return savedCount;
    }
}
