package org.zerodistance.ui.members;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.MemberSummary;
import org.zerodistance.domain.Phone;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.Choice;
import org.zerodistance.ui.common.DetailPart;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.FormDialog;
import org.zerodistance.ui.common.FxmlForms;
import org.zerodistance.ui.common.FilterBar;
import org.zerodistance.ui.common.Filterable;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.ScreenKeys;
import org.zerodistance.ui.common.Tables;

/**
 * The Members screen: search, filters, the virtualised table (masked ID numbers and phones), the detail pane with its
 * extension parts, and the form dialog. Keys: Ctrl+N new, Enter edit, Ctrl+F search, Delete archive.
 */
public final class MembersView implements Refreshable, Filterable {

    private final MembersViewModel viewModel;
    private final List<DetailPart<MemberSummary>> parts;
    private final Map<TableColumn<MemberRow, ?>, Comparator<MemberRow>> sortKeys = new java.util.HashMap<>();

    @FXML
    private FilterBar filterBar;
    @FXML
    private VBox root;
    @FXML
    private TextField searchField;
    @FXML
    private ChoiceBox<Choice<MemberStatus>> statusFilter;
    @FXML
    private ComboBox<Choice<String>> skillFilter;
    @FXML
    private CheckBox showArchivedBox;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private Label countLabel;
    @FXML
    private TableView<MemberRow> table;
    @FXML
    private TableColumn<MemberRow, MemberRow> nameColumn;
    @FXML
    private TableColumn<MemberRow, String> genderColumn;
    @FXML
    private TableColumn<MemberRow, String> idColumn;
    @FXML
    private TableColumn<MemberRow, String> phoneColumn;
    @FXML
    private TableColumn<MemberRow, String> workUnitColumn;
    @FXML
    private TableColumn<MemberRow, String> partyBranchColumn;
    @FXML
    private TableColumn<MemberRow, String> skillsColumn;
    @FXML
    private TableColumn<MemberRow, LocalDate> registrationColumn;
    @FXML
    private TableColumn<MemberRow, String> statusColumn;
    @FXML
    private TableColumn<MemberRow, String> communityColumn;
    @FXML
    private Label detailEmpty;
    @FXML
    private VBox detailBody;
    @FXML
    private Label detailName;
    @FXML
    private Label detailStatus;
    @FXML
    private Label detailGender;
    @FXML
    private Label detailId;
    @FXML
    private Button revealIdButton;
    @FXML
    private Label detailPhone;
    @FXML
    private Button revealPhoneButton;
    @FXML
    private Label detailWorkUnit;
    @FXML
    private Label detailPartyBranch;
    @FXML
    private Label detailSkills;
    @FXML
    private Label detailRegistration;
    @FXML
    private Label detailCommunity;
    @FXML
    private Label detailNotes;
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

    public MembersView(MembersViewModel viewModel, List<DetailPart<MemberSummary>> parts) {
        this.viewModel = viewModel;
        this.parts = List.copyOf(parts);
        // The FXML loader makes the controller before it builds the controls: the first rows are read meanwhile, so
        // they are there for the screen's first layout instead of a second one.
        viewModel.load();
    }

    @FXML
    private void initialize() {
        filterBar.bind(viewModel.figureFilter(), viewModel::clearFigureFilter);
        setUpFilters();
        setUpTable();
        setUpDetail();
        var selected = table.getSelectionModel().selectedItemProperty();
        editButton.disableProperty().bind(selected.isNull());
        archiveButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().member().archived(), selected));
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().member().archived(), selected));
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        ScreenKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNew,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    searchField.requestFocus();
                    searchField.selectAll();
                }));
    }

    private void setUpFilters() {
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        statusFilter.getItems().add(new Choice<>(null, Messages.get("member.filter.anyStatus")));
        for (MemberStatus status : MemberStatus.values()) {
            statusFilter.getItems().add(new Choice<>(status, Messages.get("member.status." + status.name())));
        }
        statusFilter.getSelectionModel().selectFirst();
        statusFilter.valueProperty().addListener((obs, before, now) -> viewModel.statusFilterProperty().set(now == null ? null : now.value()));
        rebuildSkillFilter();
        viewModel.skills().addListener((javafx.collections.ListChangeListener<String>) change -> rebuildSkillFilter());
        skillFilter.valueProperty().addListener((obs, before, now) -> viewModel.skillFilterProperty().set(now == null ? null : now.value()));
        showArchivedBox.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        countLabel.textProperty().bind(viewModel.countProperty());
    }

    private void rebuildSkillFilter() {
        String chosen = viewModel.skillFilterProperty().get();
        skillFilter.getItems().setAll(new Choice<>(null, Messages.get("member.filter.anySkill")));
        viewModel.skills().forEach(s -> skillFilter.getItems().add(new Choice<>(s, s)));
        skillFilter.setValue(skillFilter.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), chosen)).findFirst()
                .orElse(skillFilter.getItems().get(0)));
    }

    private void setUpTable() {
        table.setItems(viewModel.rows());
        table.setFixedCellSize(28); // rows of one height: the virtual flow need not measure each row
        // The view model keeps all rows in the chosen order and shows the search result in that order.
        table.setSortPolicy(view -> {
            viewModel.sort(sortOrder());
            return true;
        });
        viewModel.onRowReplaced(id -> table.getItems().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        }));
        Tables.placeholder(table, viewModel.loadingProperty(), Messages.get("member.empty"));
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setComparator(MembersViewModel.BY_NAME);
        nameColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(MemberRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.member().name());
            }
        });
        text(genderColumn, m -> Messages.get("member.gender." + m.gender().code()));
        text(idColumn, MemberSummary::maskedIdNumber);
        text(phoneColumn, MemberSummary::maskedPhone);
        text(workUnitColumn, MemberSummary::workUnit);
        text(partyBranchColumn, MemberSummary::partyBranch);
        text(skillsColumn, m -> DisplayConverters.joined(m.skills()));
        Tables.date(registrationColumn, r -> r.member().registrationDate());
        text(statusColumn, MembersView::statusText);
        text(communityColumn, MemberSummary::communityName);
        communityColumn.visibleProperty().bind(viewModel.allCommunitiesProperty());
        // Sort keys read straight from the row (the table's own comparator builds a cell value per comparison: seconds
        // for 100,000 rows). ID numbers and phones sort by their masked form, so sorting reveals nothing hidden.
        Comparator<String> text = Comparator.nullsLast(Comparator.naturalOrder());
        sortKeys.put(nameColumn, MembersViewModel.BY_NAME);
        sortKeys.put(genderColumn, Comparator.comparing(r -> r.member().gender()));
        sortKeys.put(idColumn, Comparator.comparing(r -> r.member().maskedIdNumber(), text));
        sortKeys.put(phoneColumn, Comparator.comparing(r -> r.member().phone() == null ? null : r.member().maskedPhone(), text));
        sortKeys.put(workUnitColumn, Comparator.comparing(r -> r.member().workUnit(), text));
        sortKeys.put(partyBranchColumn, Comparator.comparing(r -> r.member().partyBranch(), text));
        sortKeys.put(skillsColumn, Comparator.comparing(r -> DisplayConverters.joined(r.member().skills()), text));
        sortKeys.put(registrationColumn, Comparator.comparing(r -> r.member().registrationDate(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        sortKeys.put(statusColumn, Comparator.<MemberRow, MemberStatus>comparing(r -> r.member().status())
                .thenComparing(r -> r.member().statusDate(), Comparator.nullsLast(Comparator.naturalOrder())));
        sortKeys.put(communityColumn, Comparator.comparing(r -> r.member().communityName(), text));
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(MemberRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ARCHIVED, !empty && row != null && row.member().archived());
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

    /** The order the clerk chose by clicking column headers; null for the default (name). */
    private Comparator<MemberRow> sortOrder() {
        Comparator<MemberRow> order = null;
        for (TableColumn<MemberRow, ?> column : table.getSortOrder()) {
            Comparator<MemberRow> key = sortKeys.get(column);
            if (key == null) {
                continue;
            }
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                key = key.reversed();
            }
            order = order == null ? key : order.thenComparing(key);
        }
        return order;
    }

    private static final javafx.css.PseudoClass ARCHIVED = javafx.css.PseudoClass.getPseudoClass("archived");

    private static void text(TableColumn<MemberRow, String> column, Function<MemberSummary, String> value) {
        Tables.text(column, row -> value.apply(row.member()));
    }

    static String statusText(MemberSummary m) {
        String status = Messages.get("member.status." + m.status().name());
        if (m.statusDate() != null) {
            status += " " + m.statusDate();
        }
        return m.archived() ? status + " " + Messages.get("member.archivedMark") : status;
    }

    private void setUpDetail() {
        for (DetailPart<MemberSummary> part : parts) {
            TitledPane pane = new TitledPane(Messages.get(part.titleKey()), part.node());
            pane.setAnimated(false);
            detailParts.getChildren().add(pane);
        }
        javafx.beans.property.ObjectProperty<MemberRow> selected = viewModel.selectedProperty();
        detailEmpty.visibleProperty().bind(Bindings.isNull(selected));
        detailEmpty.managedProperty().bind(detailEmpty.visibleProperty());
        detailBody.visibleProperty().bind(Bindings.isNotNull(selected));
        detailBody.managedProperty().bind(detailBody.visibleProperty());
        selected.addListener((obs, before, now) -> showDetail(now));
        viewModel.detailProperty().addListener((obs, before, now) -> showNotes(now));
        detailId.textProperty().bind(Bindings.createStringBinding(() -> {
            MemberRow row = selected.getValue();
            String revealed = viewModel.revealedIdProperty().get();
            return row == null ? "" : revealed.isEmpty() ? row.member().maskedIdNumber() : revealed;
        }, selected, viewModel.revealedIdProperty()));
        detailPhone.textProperty().bind(Bindings.createStringBinding(() -> {
            MemberRow row = selected.getValue();
            String revealed = viewModel.revealedPhoneProperty().get();
            return row == null ? "" : revealed.isEmpty() ? row.member().maskedPhone() : Phone.display(revealed);
        }, selected, viewModel.revealedPhoneProperty()));
        revealIdButton.disableProperty().bind(Bindings.isNotEmpty(viewModel.revealedIdProperty()));
        revealPhoneButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.getValue() == null
                || selected.getValue().member().phone() == null || !viewModel.revealedPhoneProperty().get().isEmpty(),
                selected, viewModel.revealedPhoneProperty()));
        revealIdButton.setOnAction(e -> viewModel.revealIdNumber());
        revealPhoneButton.setOnAction(e -> viewModel.revealPhone());
    }

    private void showDetail(MemberRow row) {
        MemberSummary m = row == null ? null : row.member();
        if (m != null) {
            detailName.setText(m.name());
            detailStatus.setText(statusText(m));
            detailGender.setText(Messages.get("member.gender." + m.gender().code()));
            detailWorkUnit.setText(orDash(m.workUnit()));
            detailPartyBranch.setText(orDash(m.partyBranch()));
            detailSkills.setText(m.skills().isEmpty() ? "—" : DisplayConverters.joined(m.skills()));
            detailRegistration.setText(m.registrationDate() == null ? "—" : m.registrationDate().toString());
            detailCommunity.setText(m.communityName());
            detailNotes.setText("");
        }
        for (DetailPart<MemberSummary> part : parts) {
            part.show(m);
        }
    }

    private void showNotes(Member member) {
        MemberRow row = viewModel.selectedProperty().get();
        if (member != null && row != null && row.id() == member.id()) {
            detailNotes.setText(orDash(member.notes()));
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

    @FXML
    private void onNew() {
        openForm(viewModel.newForm(), "member.form.titleNew");
    }

    @FXML
    private void onEdit() {
        viewModel.editForm(table.getSelectionModel().getSelectedItem(), form -> openForm(form, "member.form.titleEdit"));
    }

    private void openForm(MemberFormViewModel form, String titleKey) {
        MemberFormView formView = new MemberFormView(form);
        var content = FxmlForms.load(MemberFormView.class, formView);
        FormDialog dialog = new FormDialog(root.getScene() == null ? null : root.getScene().getWindow(), Messages.get(titleKey), content,
                "member.form.save")
                .onSave(form::save)
                .disableSaveWhen(form.savingProperty());
        if (dialog.showAndWait() && form.saved() != null) {
            viewModel.saved(form.saved());
        }
        table.requestFocus();
    }

    @FXML
    private void onArchive() {
        viewModel.archive(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onRestore() {
        viewModel.restore(table.getSelectionModel().getSelectedItem());
    }
}
