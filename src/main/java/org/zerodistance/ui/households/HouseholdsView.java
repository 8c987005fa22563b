package org.zerodistance.ui.households;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.HouseholdSummary;
import org.zerodistance.domain.Phone;
import org.zerodistance.domain.Visit;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.Choice;
import org.zerodistance.ui.common.DetailPart;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.FormDialog;
import org.zerodistance.ui.common.FxmlForms;
import org.zerodistance.ui.common.IsoDates;
import org.zerodistance.ui.common.FilterBar;
import org.zerodistance.ui.common.Filterable;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.ScreenKeys;
import org.zerodistance.ui.common.Tables;

/**
 * The Households screen: search and filters (category, overdue only), the table with the visit state, the detail pane
 * with visits and extension parts, the household and visit forms. Keys: Ctrl+N new, Enter edit, Ctrl+F search,
 * Delete archive.
 */
public final class HouseholdsView implements Refreshable, Filterable {

    private final HouseholdsViewModel viewModel;
    private final List<DetailPart<HouseholdSummary>> parts;

    @FXML
    private FilterBar filterBar;
    @FXML
    private VBox root;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<Choice<String>> categoryFilter;
    @FXML
    private CheckBox overdueBox;
    @FXML
    private CheckBox showArchivedBox;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label countLabel;
    @FXML
    private TableView<HouseholdRow> table;
    @FXML
    private TableColumn<HouseholdRow, String> headColumn;
    @FXML
    private TableColumn<HouseholdRow, String> addressColumn;
    @FXML
    private TableColumn<HouseholdRow, String> phoneColumn;
    @FXML
    private TableColumn<HouseholdRow, String> categoriesColumn;
    @FXML
    private TableColumn<HouseholdRow, Integer> peopleColumn;
    @FXML
    private TableColumn<HouseholdRow, LocalDate> lastVisitColumn;
    @FXML
    private TableColumn<HouseholdRow, String> visitStateColumn;
    @FXML
    private TableColumn<HouseholdRow, String> communityColumn;
    @FXML
    private Label detailEmpty;
    @FXML
    private VBox detailBody;
    @FXML
    private Label detailHead;
    @FXML
    private Label detailAddress;
    @FXML
    private Label detailPhone;
    @FXML
    private Button revealPhoneButton;
    @FXML
    private Label detailCategories;
    @FXML
    private Label detailPeople;
    @FXML
    private Label detailVisitState;
    @FXML
    private Label detailCommunity;
    @FXML
    private Label detailNotes;
    @FXML
    private Button addVisitButton;
    @FXML
    private TableView<Visit> visitTable;
    @FXML
    private TableColumn<Visit, LocalDate> visitDateColumn;
    @FXML
    private TableColumn<Visit, String> visitMembersColumn;
    @FXML
    private TableColumn<Visit, String> visitNoteColumn;
    @FXML
    private VBox detailParts;
    @FXML
    private Button editButton;
    @FXML
    private Button archiveButton;
    @FXML
    private Button restoreButton;
    @FXML
    private Label feedbackLabel;

    public HouseholdsView(HouseholdsViewModel viewModel, List<DetailPart<HouseholdSummary>> parts) {
        this.viewModel = viewModel;
        this.parts = List.copyOf(parts);
    }

    @FXML
    private void initialize() {
        filterBar.bind(viewModel.figureFilter(), viewModel::clearFigureFilter);
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        rebuildCategoryFilter();
        viewModel.categories().addListener((javafx.collections.ListChangeListener<String>) change -> rebuildCategoryFilter());
        categoryFilter.valueProperty().addListener((obs, before, now) -> viewModel.categoryFilterProperty().set(now == null ? null : now.value()));
        overdueBox.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        showArchivedBox.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        countLabel.textProperty().bind(viewModel.countProperty());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        setUpTable();
        setUpDetail();
        var selected = table.getSelectionModel().selectedItemProperty();
        editButton.disableProperty().bind(selected.isNull());
        archiveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().summary().household().archived(), selected));
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().summary().household().archived(), selected));
        addVisitButton.disableProperty().bind(restoreButton.disableProperty().not());
        ScreenKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNew,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    searchField.requestFocus();
                    searchField.selectAll();
                }));
        viewModel.load();
    }

    private void rebuildCategoryFilter() {
        String chosen = viewModel.categoryFilterProperty().get();
        categoryFilter.getItems().setAll(new Choice<>(null, Messages.get("household.filter.anyCategory")));
        viewModel.categories().forEach(c -> categoryFilter.getItems().add(new Choice<>(c, c)));
        categoryFilter.setValue(categoryFilter.getItems().stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst()
                .orElse(categoryFilter.getItems().get(0)));
    }

    private void setUpTable() {
        table.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        Tables.placeholder(table, viewModel.loadingProperty(), Messages.get("household.empty"));
        text(headColumn, Household::headName);
        text(addressColumn, h -> h.address());
        text(phoneColumn, h -> Phone.mask(h.phone()));
        text(categoriesColumn, h -> DisplayConverters.joined(h.categories()));
        peopleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().summary().household().peopleCount()));
        Tables.date(lastVisitColumn, r -> r.summary().lastVisit());
        Tables.text(visitStateColumn, r -> visitState(r.summary()));
        Tables.text(communityColumn, r -> r.summary().communityName());
        communityColumn.visibleProperty().bind(viewModel.allCommunitiesProperty());
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(HouseholdRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ARCHIVED, !empty && row != null && row.summary().household().archived());
                pseudoClassStateChanged(OVERDUE, !empty && row != null && row.summary().isOverdue(viewModel.today()));
            }
        });
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                onArchive();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                onEdit();
            }
        });
    }

    private static final javafx.css.PseudoClass ARCHIVED = javafx.css.PseudoClass.getPseudoClass("archived");
    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");

    private static void text(TableColumn<HouseholdRow, String> column, Function<Household, String> value) {
        Tables.text(column, row -> value.apply(row.summary().household()));
    }

    /** 逾期 12 天 / 从未走访，逾期 3 天 / 下次 2026-06-01 前 (archived: the archived mark). */
    private String visitState(HouseholdSummary s) {
        if (s.household().archived()) {
            return Messages.get("member.archivedMark");
        }
        LocalDate today = viewModel.today();
        if (s.isOverdue(today)) {
            return s.lastVisit() == null ? Messages.get("household.state.neverVisitedOverdue", s.daysOverdue(today))
                    : Messages.get("household.state.overdue", s.daysOverdue(today));
        }
        return Messages.get("household.state.due", IsoDates.format(s.dueDate()));
    }

    private void setUpDetail() {
        for (DetailPart<HouseholdSummary> part : parts) {
            TitledPane pane = new TitledPane(Messages.get(part.titleKey()), part.node());
            pane.setAnimated(false);
            detailParts.getChildren().add(pane);
        }
        ObjectProperty<HouseholdRow> selected = viewModel.selectedProperty();
        detailEmpty.visibleProperty().bind(Bindings.isNull(selected));
        detailEmpty.managedProperty().bind(detailEmpty.visibleProperty());
        detailBody.visibleProperty().bind(Bindings.isNotNull(selected));
        detailBody.managedProperty().bind(detailBody.visibleProperty());
        selected.addListener((obs, before, now) -> showDetail(now));
        detailPhone.textProperty().bind(Bindings.createStringBinding(() -> {
            HouseholdRow row = selected.get();
            String revealed = viewModel.revealedPhoneProperty().get();
            return row == null ? "" : !revealed.isEmpty() ? Phone.display(revealed) : orDash(Phone.mask(row.summary().household().phone()));
        }, selected, viewModel.revealedPhoneProperty()));
        revealPhoneButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().summary().household().phone() == null || !viewModel.revealedPhoneProperty().get().isEmpty(),
                selected, viewModel.revealedPhoneProperty()));
        revealPhoneButton.setOnAction(e -> viewModel.revealPhone());
        visitTable.setItems(viewModel.visits());
        visitTable.setPlaceholder(new Label(Messages.get("household.noVisits")));
        Tables.date(visitDateColumn, Visit::date);
        Tables.text(visitMembersColumn, v -> DisplayConverters.joined(v.visitors().stream().map(Visit.Visitor::name).toList()));
        Tables.text(visitNoteColumn, Visit::note);
    }

    private void showDetail(HouseholdRow row) {
        HouseholdSummary s = row == null ? null : row.summary();
        if (s != null) {
            Household h = s.household();
            detailHead.setText(h.headName());
            detailAddress.setText(orDash(h.address()));
            detailCategories.setText(DisplayConverters.joined(h.categories()));
            detailPeople.setText(String.valueOf(h.peopleCount()));
            String state = visitState(s);
            String last = s.lastVisit() == null ? Messages.get("household.state.neverVisited")
                    : Messages.get("household.detail.lastVisit", IsoDates.format(s.lastVisit()));
            detailVisitState.setText(Messages.get("household.detail.visitState", last, state));
            detailCommunity.setText(s.communityName());
            detailNotes.setText(orDash(h.notes()));
        }
        for (DetailPart<HouseholdSummary> part : parts) {
            part.show(s);
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
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

    /** Selects the household with this id again after the list was reloaded. */
    private Runnable reselect(long id) {
        return () -> table.getItems().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    @FXML
    private void onNew() {
        openForm(viewModel.newForm(), "household.form.titleNew");
    }

    @FXML
    private void onEdit() {
        viewModel.editForm(table.getSelectionModel().getSelectedItem(), form -> openForm(form, "household.form.titleEdit"));
    }

    private void openForm(HouseholdFormViewModel form, String titleKey) {
        var content = FxmlForms.load(HouseholdFormView.class, new HouseholdFormView(form));
        boolean saved = new FormDialog(window(), Messages.get(titleKey), content, "member.form.save")
                .onSave(form::save).disableSaveWhen(form.savingProperty()).showAndWait();
        if (saved && form.saved() != null) {
            viewModel.saved("household.saved", form.saved().headName(), form.saved().id(), reselect(form.saved().id()));
        }
        table.requestFocus();
    }

    @FXML
    private void onAddVisit() {
        viewModel.visitForm(table.getSelectionModel().getSelectedItem(), form -> {
            var content = FxmlForms.load(VisitFormView.class, new VisitFormView(form));
            boolean saved = new FormDialog(window(), Messages.get("household.visitForm.title"), content, "member.form.save")
                    .onSave(form::save).disableSaveWhen(form.savingProperty().or(form.noneChosen())).showAndWait();
            if (saved && form.saved() != null) {
                long id = form.household().id();
                viewModel.saved("household.visitSaved", form.household().household().headName(), id, reselect(id));
            }
        });
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void onArchive() {
        HouseholdRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.archive(row, reselect(row.id()));
        }
    }

    @FXML
    private void onRestore() {
        HouseholdRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.restore(row, reselect(row.id()));
        }
    }
}
