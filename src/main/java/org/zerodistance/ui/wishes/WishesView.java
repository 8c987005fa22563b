package org.zerodistance.ui.wishes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.zerodistance.domain.Claimant;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Phone;
import org.zerodistance.domain.Wish;
import org.zerodistance.domain.WishSource;
import org.zerodistance.domain.WishStatus;
import org.zerodistance.domain.WishSuggestion;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.FilterBar;
import org.zerodistance.ui.common.Filterable;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Refreshable;

/** The wishes screen: binds controls to {@link WishesViewModel} / {@link WishEntryViewModel} and builds the dialogs. */
public final class WishesView implements Refreshable, Filterable {

    private final WishesViewModel viewModel;
    private final WishEntryViewModel entry;
    private final ToggleGroup tabGroup = new ToggleGroup();

    @FXML
    private FilterBar filterBar;
    @FXML
    private Label feedbackLabel;
    @FXML
    private TitledPane entryPane;
    @FXML
    private Label needCommunityLabel;
    @FXML
    private GridPane entryGrid;
    @FXML
    private TextField residentField;
    @FXML
    private Label residentStateLabel;
    @FXML
    private ListView<Household> matchList;
    @FXML
    private TextField phoneField;
    @FXML
    private TextField contentField;
    @FXML
    private ComboBox<String> categoryBox;
    @FXML
    private TextField valueField;
    @FXML
    private ChoiceBox<WishSource> sourceBox;
    @FXML
    private DatePicker collectedPicker;
    @FXML
    private DatePicker deadlinePicker;
    @FXML
    private Button saveButton;
    @FXML
    private Label entryFeedbackLabel;
    @FXML
    private ToggleButton collectedTab;
    @FXML
    private ToggleButton claimedTab;
    @FXML
    private ToggleButton fulfilledTab;
    @FXML
    private ToggleButton cancelledTab;
    @FXML
    private Label overdueLabel;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<String> categoryFilterBox;
    @FXML
    private CheckBox overdueOnlyBox;
    @FXML
    private TableView<WishRow> table;
    @FXML
    private TableColumn<WishRow, String> residentColumn;
    @FXML
    private TableColumn<WishRow, String> contentColumn;
    @FXML
    private TableColumn<WishRow, String> categoryColumn;
    @FXML
    private TableColumn<WishRow, LocalDate> collectedColumn;
    @FXML
    private TableColumn<WishRow, LocalDate> deadlineColumn;
    @FXML
    private TableColumn<WishRow, String> claimantColumn;
    @FXML
    private TableColumn<WishRow, String> flagColumn;
    @FXML
    private Label countLabel;
    @FXML
    private Label noSelectionLabel;
    @FXML
    private VBox detailBox;
    @FXML
    private Label titleLabel;
    @FXML
    private GridPane infoGrid;
    @FXML
    private Button claimButton;
    @FXML
    private Button releaseButton;
    @FXML
    private Button fulfilButton;
    @FXML
    private Button cancelButton;
    @FXML
    private VBox suggestionBox;
    @FXML
    private ListView<WishSuggestion> memberSuggestionList;
    @FXML
    private ListView<WishSuggestion> teamSuggestionList;
    @FXML
    private ListView<org.zerodistance.domain.WishEvent> timelineList;

    public WishesView(WishesViewModel viewModel) {
        this.viewModel = viewModel;
        this.entry = viewModel.entry();
    }

    @FXML
    private void initialize() {
        filterBar.bind(viewModel.figureFilter(), viewModel::clearFigureFilter);
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        setUpEntry();
        setUpTabs();
        setUpFilters();
        setUpTable();
        setUpDetail();
        viewModel.load();
    }

    /** Opened from a dashboard figure: shows only the records it counts, with the banner. */
    @Override
    public void applyFilter(ListFilter filter) {
        viewModel.applyFigureFilter(filter);
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    // ---- quick entry -------------------------------------------------------------------------------------------------

    private void setUpEntry() {
        needCommunityLabel.visibleProperty().bind(entry.hasCommunityProperty().not());
        needCommunityLabel.managedProperty().bind(needCommunityLabel.visibleProperty());
        entryGrid.disableProperty().bind(entry.hasCommunityProperty().not());
        residentField.textProperty().bindBidirectional(entry.residentTextProperty());
        residentStateLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Household chosen = entry.householdProperty().get();
            if (chosen != null) {
                return Messages.get("wish.entry.resident.registered", WishEntryViewModel.label(chosen));
            }
            return entry.residentTextProperty().get().isBlank() ? "" : Messages.get("wish.entry.resident.unregistered");
        }, entry.householdProperty(), entry.residentTextProperty()));
        matchList.setItems(entry.matches());
        matchList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Household item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : WishEntryViewModel.label(item));
            }
        });
        matchList.visibleProperty().bind(Bindings.isNotEmpty(entry.matches()));
        matchList.managedProperty().bind(matchList.visibleProperty());
        matchList.setOnMouseClicked(e -> pickMatch(matchList.getSelectionModel().getSelectedItem()));
        matchList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickMatch(matchList.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        residentField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !entry.matches().isEmpty()) {
                matchList.requestFocus();
                matchList.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        residentField.setOnAction(e -> {
            entry.chooseOnEnter(matchList.getSelectionModel().getSelectedItem());
            contentField.requestFocus();
        });
        phoneField.textProperty().bindBidirectional(entry.phoneProperty());
        phoneField.disableProperty().bind(entry.householdProperty().isNotNull());
        contentField.textProperty().bindBidirectional(entry.contentProperty());
        categoryBox.setItems(entry.categories());
        categoryBox.valueProperty().bindBidirectional(entry.categoryProperty());
        valueField.textProperty().bindBidirectional(entry.valueTextProperty());
        sourceBox.getItems().setAll(WishSource.values());
        sourceBox.setConverter(labelConverter(source -> Messages.get(source.labelKey()), ""));
        sourceBox.valueProperty().bindBidirectional(entry.sourceProperty());
        collectedPicker.valueProperty().bindBidirectional(entry.collectedDateProperty());
        deadlinePicker.valueProperty().bindBidirectional(entry.deadlineProperty());
        saveButton.disableProperty().bind(entry.canSaveProperty().not());
        entryFeedbackLabel.textProperty().bind(entry.feedbackProperty());
        // Enter anywhere after the resident saves the wish and starts the next one.
        for (TextField field : List.of(phoneField, contentField, valueField)) {
            field.setOnAction(e -> onSave());
        }
        for (Node field : List.of(categoryBox, sourceBox, collectedPicker, deadlinePicker)) {
            field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !isPopupShowing(field)) {
                    e.consume();
                    onSave();
                }
            });
        }
        entry.savedCountProperty().addListener((obs, was, now) -> {
            residentField.requestFocus();
            residentField.end();
        });
        residentField.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::startEntry);
            }
        });
    }

    private static boolean isPopupShowing(Node node) {
        if (node instanceof ComboBox<?> box) {
            return box.isShowing();
        }
        if (node instanceof ChoiceBox<?> box) {
            return box.isShowing();
        }
        return node instanceof DatePicker picker && picker.isShowing();
    }

    private void startEntry() {
        entryPane.setExpanded(true);
        Platform.runLater(residentField::requestFocus);
    }

    private void pickMatch(Household household) {
        if (household != null) {
            entry.choose(household);
            contentField.requestFocus();
        }
    }

    @FXML
    private void onSave() {
        if (!saveButton.isDisabled()) {
            entry.save();
        }
    }

    // ---- tabs, filters, table ----------------------------------------------------------------------------------------

    private void setUpTabs() {
        Map<WishStatus, ToggleButton> tabs = new EnumMap<>(WishStatus.class);
        tabs.put(WishStatus.COLLECTED, collectedTab);
        tabs.put(WishStatus.CLAIMED, claimedTab);
        tabs.put(WishStatus.FULFILLED, fulfilledTab);
        tabs.put(WishStatus.CANCELLED, cancelledTab);
        tabs.forEach((status, tab) -> {
            tab.setToggleGroup(tabGroup);
            tab.setUserData(status);
            tab.textProperty().bind(Bindings.createStringBinding(
                    () -> Messages.get("wish.tab", WishTexts.status(status), viewModel.countProperty(status).get()),
                    viewModel.countProperty(status)));
        });
        tabGroup.selectToggle(tabs.get(viewModel.statusTabProperty().get()));
        tabGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                if (viewModel.statusTabProperty().get() != null) {
                    tabGroup.selectToggle(was); // a tab stays chosen, except while a figure's wishes of every status show
                }
            } else {
                viewModel.statusTabProperty().set((WishStatus) now.getUserData());
            }
        });
        viewModel.statusTabProperty().addListener((obs, was, now) -> tabGroup.selectToggle(tabs.get(now)));
        overdueLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.overdueCountProperty().get() == 0 ? ""
                : Messages.get("wish.overdueCount", viewModel.overdueCountProperty().get()), viewModel.overdueCountProperty()));
    }

    private void setUpFilters() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        categoryFilterBox.setConverter(labelConverter(c -> c, Messages.get("wish.filter.allCategories")));
        categoryFilterBox.setPromptText(Messages.get("wish.filter.allCategories"));
        viewModel.categories().addListener((ListChangeListener<String>) change -> {
            String chosen = categoryFilterBox.getValue();
            List<String> items = new ArrayList<>();
            items.add(null);
            items.addAll(viewModel.categories());
            categoryFilterBox.getItems().setAll(items);
            categoryFilterBox.setValue(viewModel.categories().contains(chosen) ? chosen : null);
        });
        categoryFilterBox.valueProperty().addListener((obs, was, now) -> viewModel.categoryFilterProperty().set(now));
        overdueOnlyBox.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
    }

    private void setUpTable() {
        SortedList<WishRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(Messages.get("wish.empty")));
        residentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().wish().resident().displayName()));
        contentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().wish().content()));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().wish().category()));
        collectedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().wish().collectedDate()));
        collectedColumn.setCellFactory(column -> textCell(date -> WishTexts.shortDate(date, viewModel.today())));
        deadlineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().wish().deadline()));
        deadlineColumn.setCellFactory(column -> textCell(date -> WishTexts.shortDate(date, viewModel.today())));
        claimantColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(WishTexts.claimant(c.getValue().wish().claimant())));
        flagColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                WishTexts.overdue(c.getValue().overdue(), viewModel.rule().unclaimedDays())));
        flagColumn.setCellFactory(column -> {
            var cell = textCell((String s) -> s);
            cell.getStyleClass().add("wish-overdue-text");
            return cell;
        });
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(WishRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("wish-overdue");
                if (!empty && item != null && item.isOverdue()) {
                    getStyleClass().add("wish-overdue");
                }
            }
        });
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("list.count", viewModel.rows().size()), viewModel.rows()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                    table.scrollTo(now);
                }
            }
        });
    }

    private static <T> javafx.scene.control.TableCell<WishRow, T> textCell(java.util.function.Function<T, String> format) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    // ---- detail pane -------------------------------------------------------------------------------------------------

    private void setUpDetail() {
        var selected = viewModel.selectedProperty();
        detailBox.visibleProperty().bind(selected.isNotNull());
        detailBox.managedProperty().bind(detailBox.visibleProperty());
        noSelectionLabel.visibleProperty().bind(selected.isNull());
        noSelectionLabel.managedProperty().bind(noSelectionLabel.visibleProperty());
        selected.addListener((obs, was, now) -> showDetail(now));
        viewModel.participants().addListener((ListChangeListener<Claimant>) change -> showDetail(selected.get()));
        claimButton.disableProperty().bind(viewModel.canClaimProperty().not());
        releaseButton.disableProperty().bind(viewModel.canReleaseProperty().not());
        fulfilButton.disableProperty().bind(viewModel.canFulfilProperty().not());
        cancelButton.disableProperty().bind(viewModel.canCancelProperty().not());
        suggestionBox.visibleProperty().bind(viewModel.canClaimProperty());
        suggestionBox.managedProperty().bind(suggestionBox.visibleProperty());
        memberSuggestionList.setItems(viewModel.memberSuggestions());
        memberSuggestionList.setCellFactory(list -> new SuggestionCell());
        memberSuggestionList.setPlaceholder(new Label(Messages.get("wish.suggest.noMembers")));
        teamSuggestionList.setItems(viewModel.teamSuggestions());
        teamSuggestionList.setCellFactory(list -> new SuggestionCell());
        teamSuggestionList.setPlaceholder(new Label(Messages.get("wish.suggest.noTeams")));
        timelineList.setItems(viewModel.timeline());
        timelineList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(org.zerodistance.domain.WishEvent item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : WishTexts.describe(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
    }

    private void showDetail(WishRow row) {
        infoGrid.getChildren().clear();
        if (row == null) {
            return;
        }
        Wish wish = row.wish();
        titleLabel.setText(wish.content());
        List<String[]> lines = new ArrayList<>();
        lines.add(field("wish.detail.resident", wish.resident().name()
                + (wish.resident().isRegistered() ? "" : " " + Messages.get("wish.detail.unregistered"))));
        if (!wish.resident().address().isEmpty()) {
            lines.add(field("wish.detail.address", wish.resident().address()));
        }
        if (wish.resident().phone() != null && !wish.resident().phone().isEmpty()) {
            lines.add(field("wish.detail.phone", displayPhone(wish.resident().phone())));
        }
        lines.add(field("wish.detail.category", wish.category()));
        lines.add(field("wish.detail.source", Messages.get(wish.source().labelKey())));
        if (wish.estimatedValue() != null) {
            lines.add(field("wish.detail.estimated", WishTexts.money(wish.estimatedValue())));
        }
        lines.add(field("wish.detail.collected", wish.collectedDate().toString()));
        if (wish.deadline() != null) {
            lines.add(field("wish.detail.deadline", wish.deadline().toString()));
        }
        String status = WishTexts.status(wish.status());
        if (row.isOverdue()) {
            status += " · " + WishTexts.overdue(row.overdue(), viewModel.rule().unclaimedDays());
        }
        lines.add(field("wish.detail.status", status));
        if (wish.claimant() != null) {
            lines.add(field("wish.detail.claimant", WishTexts.claimant(wish.claimant())
                    + (wish.claimedDate() == null ? "" : " · " + wish.claimedDate())));
        }
        if (wish.status() == WishStatus.FULFILLED) {
            lines.add(field("wish.detail.fulfilment", wish.actualValue() == null
                    ? Messages.get("wish.detail.fulfilmentNoValue", wish.fulfilledDate().toString(), wish.fulfilmentNote())
                    : Messages.get("wish.detail.fulfilmentText", wish.fulfilledDate().toString(),
                            WishTexts.money(wish.actualValue()), wish.fulfilmentNote())));
            if (!viewModel.participants().isEmpty()) {
                lines.add(field("wish.detail.participants", String.join(Messages.get("wish.match.listSeparator"),
                        viewModel.participants().stream().map(Claimant::name).toList())));
            }
        }
        if (wish.cancelReason() != null) {
            lines.add(field("wish.detail.cancelReason", wish.cancelReason()));
        }
        for (int i = 0; i < lines.size(); i++) {
            Label name = new Label(lines.get(i)[0]);
            name.getStyleClass().add("wish-field-name");
            Label value = new Label(lines.get(i)[1]);
            value.setWrapText(true);
            infoGrid.addRow(i, name, value);
        }
    }

    private static String[] field(String key, String value) {
        return new String[] {Messages.get(key), value == null ? "" : value};
    }

    private static String displayPhone(String digits) {
        try {
            return Phone.parse(digits).display();
        } catch (RuntimeException e) {
            return digits; // stored before the rules tightened: show as kept
        }
    }

    /** A suggestion: name, why it fits, and a button that claims on their behalf. */
    private final class SuggestionCell extends ListCell<WishSuggestion> {
        @Override
        protected void updateItem(WishSuggestion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.claimant().name());
            name.getStyleClass().add("suggestion-name");
            Label why = new Label(WishTexts.explain(item));
            why.getStyleClass().add("hint");
            why.setId("suggest-why-" + item.claimant().kind().code() + "-" + item.claimant().id());
            Pane gap = new Pane();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button claim = new Button(Messages.get("wish.suggest.claim"));
            claim.setId("suggest-claim-" + item.claimant().kind().code() + "-" + item.claimant().id());
            claim.disableProperty().bind(viewModel.canClaimProperty().not());
            claim.setOnAction(e -> viewModel.claim(item));
            HBox line = new HBox(8, name, why, gap, claim);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
            setGraphic(line);
        }
    }

    // ---- actions -----------------------------------------------------------------------------------------------------

    @FXML
    private void onClaim() {
        List<WishSuggestion> choices = viewModel.claimChoices();
        if (choices.isEmpty()) {
            return;
        }
        ChoiceDialog<WishSuggestion> dialog = new ChoiceDialog<>(choices.get(0), choices);
        prepare(dialog, "wish.claim.title");
        dialog.setContentText(Messages.get("wish.claim.prompt"));
        ComboBox<WishSuggestion> box = findCombo(dialog);
        if (box != null) {
            box.setConverter(labelConverter(s -> WishTexts.claimant(s.claimant()) + " — " + WishTexts.explain(s), ""));
        }
        dialog.showAndWait().ifPresent(viewModel::claim);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<WishSuggestion> findCombo(ChoiceDialog<WishSuggestion> dialog) {
        return (ComboBox<WishSuggestion>) dialog.getDialogPane().lookup(".combo-box");
    }

    @FXML
    private void onRelease() {
        askText("wish.release.title", "wish.release.prompt", "wish-release-note").ifPresent(viewModel::release);
    }

    @FXML
    private void onCancel() {
        askText("wish.cancel.title", "wish.cancel.prompt", "wish-cancel-reason").ifPresent(viewModel::cancel);
    }

    private Optional<String> askText(String titleKey, String promptKey, String fieldId) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, titleKey);
        TextField field = new TextField();
        field.setId(fieldId);
        field.setPrefWidth(360);
        VBox box = new VBox(6, new Label(Messages.get(promptKey)), field);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(Messages.get("wish.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("wish.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == ok ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @FXML
    private void onFulfil() {
        WishRow row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        Wish wish = row.wish();
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, "wish.fulfil.title");
        DatePicker date = new DatePicker(viewModel.today());
        date.setId("fulfil-date");
        TextArea note = new TextArea();
        note.setId("fulfil-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(Messages.get("wish.fulfil.note.prompt"));
        TextField value = new TextField(wish.estimatedValue() == null ? "" : wish.estimatedValue().toPlainString());
        value.setId("fulfil-value");
        CheckBox cash = new CheckBox(Messages.get("wish.fulfil.cash"));
        cash.setId("fulfil-cash");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("wish.fulfil.claimant")), new Label(WishTexts.claimant(wish.claimant())));
        grid.addRow(1, new Label(Messages.get("wish.fulfil.date")), date);
        grid.addRow(2, new Label(Messages.get("wish.fulfil.note")), note);
        grid.addRow(3, new Label(Messages.get("wish.fulfil.value")), new VBox(4, value, cash));
        List<CheckBox> ticks = new ArrayList<>();
        if (wish.claimant().isTeam()) {
            VBox people = new VBox(4);
            for (Claimant member : viewModel.participantChoices()) {
                CheckBox tick = new CheckBox(member.name());
                tick.setId("fulfil-participant-" + member.id());
                tick.setSelected(true);
                tick.setUserData(member.id());
                ticks.add(tick);
                people.getChildren().add(tick);
            }
            if (ticks.isEmpty()) {
                people.getChildren().add(new Label(Messages.get("wish.fulfil.noTeamMembers")));
            }
            grid.addRow(4, new Label(Messages.get("wish.fulfil.participants")), people);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Messages.get("wish.fulfil.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("wish.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("fulfil-ok");
        okButton.disableProperty().bind(note.textProperty().isEmpty().or(date.valueProperty().isNull()));
        Platform.runLater(note::requestFocus);
        dialog.showAndWait().filter(ok::equals).ifPresent(button -> viewModel.fulfil(date.getValue(), note.getText(),
                value.getText(), cash.isSelected(),
                ticks.stream().filter(CheckBox::isSelected).map(t -> (Long) t.getUserData()).toList()));
    }

    private void prepare(Dialog<?> dialog, String titleKey) {
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(null);
        if (table.getScene() != null && table.getScene().getWindow() != null) {
            dialog.initOwner(table.getScene().getWindow());
            dialog.getDialogPane().setStyle(table.getScene().getRoot().getStyle());
        }
    }

    /** Shows values by {@code text}, and null (no choice) as {@code nullText}. */
    private static <T> StringConverter<T> labelConverter(java.util.function.Function<T, String> text, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
