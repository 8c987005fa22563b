package org.zerodistance.ui.pairings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.zerodistance.domain.FundEntry;
import org.zerodistance.domain.FundKind;
import org.zerodistance.domain.HelpRecord;
import org.zerodistance.domain.Household;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.PairingDetail;
import org.zerodistance.domain.PairingOverview;
import org.zerodistance.domain.Visit;
import org.zerodistance.i18n.Messages;
import org.zerodistance.ui.common.DisplayConverters;
import org.zerodistance.ui.common.IsoDates;
import org.zerodistance.ui.common.FilterBar;
import org.zerodistance.ui.common.Filterable;
import org.zerodistance.ui.common.ListFilter;
import org.zerodistance.ui.common.Refreshable;
import org.zerodistance.ui.common.Tables;
import org.zerodistance.ui.pairings.PairingsViewModel.StatusFilter;

/** The pairings screen: binds controls to {@link PairingsViewModel} and forwards clicks and keys. */
public final class PairingsView implements Refreshable, Filterable {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final PairingsViewModel viewModel;

    @FXML
    private FilterBar filterBar;
    @FXML
    private TextField searchField;
    @FXML
    private ChoiceBox<StatusFilter> statusChoice;
    @FXML
    private CheckBox overdueBox;
    @FXML
    private Label feedbackLabel;
    @FXML
    private Button pairButton;
    @FXML
    private TableView<PairingOverview> table;
    @FXML
    private TableColumn<PairingOverview, String> memberColumn;
    @FXML
    private TableColumn<PairingOverview, String> householdColumn;
    @FXML
    private TableColumn<PairingOverview, String> addressColumn;
    @FXML
    private TableColumn<PairingOverview, String> categoryColumn;
    @FXML
    private TableColumn<PairingOverview, LocalDate> startColumn;
    @FXML
    private TableColumn<PairingOverview, LocalDate> lastContactColumn;
    @FXML
    private TableColumn<PairingOverview, String> stateColumn;
    @FXML
    private Label hintLabel;
    @FXML
    private Label countLabel;

    @FXML
    private VBox detailPane;
    @FXML
    private Label detailTitle;
    @FXML
    private Label detailSummary;
    @FXML
    private HBox detailActions;
    @FXML
    private Button helpButton;
    @FXML
    private Button visitButton;
    @FXML
    private Button endButton;
    @FXML
    private TableView<HelpRecord> helpTable;
    @FXML
    private TableColumn<HelpRecord, LocalDate> helpDateColumn;
    @FXML
    private TableColumn<HelpRecord, String> helpContentColumn;
    @FXML
    private TableColumn<HelpRecord, String> helpCategoryColumn;
    @FXML
    private TableColumn<HelpRecord, BigDecimal> helpValueColumn;
    @FXML
    private TableView<Visit> visitTable;
    @FXML
    private TableColumn<Visit, LocalDate> visitDateColumn;
    @FXML
    private TableColumn<Visit, String> visitMembersColumn;
    @FXML
    private TableColumn<Visit, String> visitNoteColumn;
    @FXML
    private TableView<FundEntry> fundTable;
    @FXML
    private TableColumn<FundEntry, String> fundNumberColumn;
    @FXML
    private TableColumn<FundEntry, LocalDate> fundDateColumn;
    @FXML
    private TableColumn<FundEntry, String> fundKindColumn;
    @FXML
    private TableColumn<FundEntry, BigDecimal> fundAmountColumn;
    @FXML
    private TableColumn<FundEntry, String> fundStatusColumn;

    @FXML
    private VBox pairForm;
    @FXML
    private SearchableComboBox<Member> memberPicker;
    @FXML
    private SearchableComboBox<Household> householdPicker;
    @FXML
    private DatePicker pairStartPicker;
    @FXML
    private Button pairSaveButton;

    @FXML
    private VBox endForm;
    @FXML
    private Label endTitle;
    @FXML
    private DatePicker endDatePicker;
    @FXML
    private TextField endReasonField;
    @FXML
    private Button endSaveButton;

    @FXML
    private VBox helpForm;
    @FXML
    private Label helpTitle;
    @FXML
    private DatePicker helpDatePicker;
    @FXML
    private TextArea helpContentArea;
    @FXML
    private ComboBox<String> helpCategoryBox;
    @FXML
    private TextField helpValueField;
    @FXML
    private ChoiceBox<FundKind> helpKindChoice;
    @FXML
    private TextField helpQuantityField;
    @FXML
    private Button helpSaveButton;

    @FXML
    private VBox visitForm;
    @FXML
    private Label visitTitle;
    @FXML
    private DatePicker visitDatePicker;
    @FXML
    private TextArea visitNoteArea;
    @FXML
    private Button visitSaveButton;

    @FXML
    private Label placeholder;
    @FXML
    private StackPane paneHost;
    @FXML
    private Label formErrorLabel;

    public PairingsView(PairingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        filterBar.bind(viewModel.figureFilter(), viewModel::clearFigureFilter);
        setUpFilters();
        setUpTable();
        setUpDetail();
        setUpForms();
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

    private void setUpFilters() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        statusChoice.getItems().setAll(StatusFilter.values());
        statusChoice.setConverter(DisplayConverters.of(s -> Messages.get("pairing.filter." + s.name().toLowerCase(Locale.ROOT))));
        statusChoice.valueProperty().bindBidirectional(viewModel.statusProperty());
        overdueBox.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        feedbackLabel.textProperty().bind(viewModel.feedbackProperty());
        pairButton.disableProperty().bind(viewModel.communityChosenProperty().not());
        hintLabel.textProperty().bind(Bindings.when(viewModel.communityChosenProperty())
                .then("").otherwise(Messages.get("pairing.chooseCommunity")));
        searchField.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchField::requestFocus);
            }
        });
    }

    private void setUpTable() {
        Tables.text(memberColumn, PairingOverview::memberName);
        Tables.text(householdColumn, PairingOverview::householdHead);
        Tables.text(addressColumn, PairingOverview::householdAddress);
        Tables.text(categoryColumn, p -> DisplayConverters.joined(p.categories()));
        Tables.date(startColumn, p -> p.pairing().startDate());
        Tables.date(lastContactColumn, PairingOverview::lastContact);
        Tables.text(stateColumn, PairingsView::state);
        SortedList<PairingOverview> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(Messages.get("pairing.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PairingOverview item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("pairing.count", viewModel.shown().size(), viewModel.all().size()), viewModel.shown()));
        Tables.followSelection(table, viewModel.selectedProperty(), viewModel.selectedProperty()::set);
    }

    private static String state(PairingOverview p) {
        if (!p.active()) {
            return Messages.get("pairing.state.endedOn", p.pairing().endDate().toString());
        }
        return Messages.get(p.overdue() ? "pairing.state.overdue" : "pairing.state.active");
    }

    private void setUpDetail() {
        ObservableValue<PairingDetail> detail = viewModel.detailProperty();
        detailTitle.textProperty().bind(Bindings.createStringBinding(() -> detail.getValue() == null ? ""
                : Messages.get("pairing.detail.title", detail.getValue().overview().memberName(),
                detail.getValue().overview().householdHead(), detail.getValue().overview().householdAddress()), detail));
        detailSummary.textProperty().bind(Bindings.createStringBinding(() -> detail.getValue() == null ? ""
                : PairingsViewModel.describe(detail.getValue().overview()), detail));
        var activeSelected = Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get() != null && viewModel.selectedProperty().get().active(), viewModel.selectedProperty());
        endButton.disableProperty().bind(activeSelected.not());
        helpButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        visitButton.disableProperty().bind(viewModel.selectedProperty().isNull());

        Tables.date(helpDateColumn, HelpRecord::date);
        Tables.text(helpContentColumn, HelpRecord::content);
        Tables.text(helpCategoryColumn, h -> h.category() == null ? "" : h.category());
        Tables.money(helpValueColumn, HelpRecord::amount);
        helpTable.setItems(viewModel.helpRows());
        helpTable.setPlaceholder(new Label(Messages.get("pairing.noHelp")));

        Tables.date(visitDateColumn, Visit::date);
        Tables.text(visitMembersColumn, v -> DisplayConverters.joined(v.memberNames()));
        Tables.text(visitNoteColumn, v -> v.note() == null ? "" : v.note());
        visitTable.setItems(viewModel.visitRows());
        visitTable.setPlaceholder(new Label(Messages.get("pairing.noVisits")));

        Tables.text(fundNumberColumn, e -> String.valueOf(e.id()));
        Tables.date(fundDateColumn, FundEntry::date);
        Tables.text(fundKindColumn, e -> Messages.get("fund.kind." + e.kind().name()));
        Tables.money(fundAmountColumn, FundEntry::signedAmount);
        Tables.text(fundStatusColumn, PairingsView::fundStatus);
        fundTable.setItems(viewModel.fundRows());
        fundTable.setPlaceholder(new Label(Messages.get("pairing.noFunds")));
    }

    static String fundStatus(FundEntry e) {
        if (e.isReversal()) {
            return Messages.get("fund.mark.reversal", e.reversesId(), e.reason());
        }
        return e.isReversed() ? Messages.get("fund.mark.reversed", e.reversedById()) : "";
    }

    private void setUpForms() {
        for (DatePicker picker : new DatePicker[] {pairStartPicker, endDatePicker, helpDatePicker, visitDatePicker}) {
            IsoDates.use(picker);
        }
        viewModel.modeProperty().addListener((obs, was, now) -> showPane());
        viewModel.detailProperty().addListener((obs, was, now) -> showPane());
        showPane();
        formErrorLabel.textProperty().bind(viewModel.formErrorProperty());

        memberPicker.setItems(viewModel.members());
        memberPicker.setConverter(DisplayConverters.of(m -> m.workUnit() == null || m.workUnit().isBlank() ? m.name()
                : Messages.get("pairing.choice.member", m.name(), m.workUnit())));
        memberPicker.valueProperty().bindBidirectional(viewModel.pairMemberProperty());
        householdPicker.setItems(viewModel.households());
        householdPicker.setConverter(DisplayConverters.of(DisplayConverters::household));
        householdPicker.valueProperty().bindBidirectional(viewModel.pairHouseholdProperty());
        pairStartPicker.valueProperty().bindBidirectional(viewModel.pairStartProperty());
        pairSaveButton.disableProperty().bind(viewModel.workingProperty());

        endTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null ? ""
                : Messages.get("pairing.endForm.title", viewModel.selectedProperty().get().memberName(),
                viewModel.selectedProperty().get().householdHead()), viewModel.selectedProperty()));
        endDatePicker.valueProperty().bindBidirectional(viewModel.endDateProperty());
        endReasonField.textProperty().bindBidirectional(viewModel.endReasonProperty());
        endSaveButton.disableProperty().bind(viewModel.workingProperty());

        helpTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null ? ""
                : Messages.get("help.form.title", viewModel.selectedProperty().get().memberName(),
                viewModel.selectedProperty().get().householdHead()), viewModel.selectedProperty()));
        helpDatePicker.valueProperty().bindBidirectional(viewModel.helpDateProperty());
        helpContentArea.textProperty().bindBidirectional(viewModel.helpContentProperty());
        helpCategoryBox.setItems(viewModel.categories());
        helpCategoryBox.valueProperty().bindBidirectional(viewModel.helpCategoryProperty());
        helpValueField.textProperty().bindBidirectional(viewModel.helpValueProperty());
        helpKindChoice.getItems().setAll(FundKind.values());
        helpKindChoice.setConverter(DisplayConverters.of(k -> Messages.get("fund.kind." + k.name())));
        helpKindChoice.valueProperty().bindBidirectional(viewModel.helpKindProperty());
        var noValue = viewModel.helpValueProperty().isEmpty();
        helpKindChoice.disableProperty().bind(noValue);
        helpQuantityField.textProperty().bindBidirectional(viewModel.helpQuantityProperty());
        helpQuantityField.disableProperty().bind(noValue.or(viewModel.helpKindProperty().isNotEqualTo(FundKind.MATERIAL)));
        helpSaveButton.disableProperty().bind(viewModel.workingProperty());

        visitTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null ? ""
                : Messages.get("visit.form.title", viewModel.selectedProperty().get().memberName(),
                viewModel.selectedProperty().get().householdHead()), viewModel.selectedProperty()));
        visitDatePicker.valueProperty().bindBidirectional(viewModel.visitDateProperty());
        visitNoteArea.textProperty().bindBidirectional(viewModel.visitNoteProperty());
        visitSaveButton.disableProperty().bind(viewModel.workingProperty());
    }

    /** Puts the pane of the current mode on the right: the chosen pairing (or a hint when none), or a form. */
    private void showPane() {
        Node pane = switch (viewModel.modeProperty().get()) {
            case DETAIL -> viewModel.detailProperty().get() == null ? placeholder : detailPane;
            case PAIR -> pairForm;
            case END -> endForm;
            case HELP -> helpForm;
            case VISIT -> visitForm;
        };
        if (paneHost.getChildren().size() != 1 || paneHost.getChildren().get(0) != pane) {
            paneHost.getChildren().setAll(pane);
        }
    }

    @FXML
    private void onPair() {
        viewModel.startPair();
    }

    @FXML
    private void onSavePair() {
        viewModel.savePair();
    }

    @FXML
    private void onEnd() {
        viewModel.startEnd();
    }

    @FXML
    private void onSaveEnd() {
        viewModel.saveEnd();
    }

    @FXML
    private void onHelp() {
        viewModel.startHelp();
    }

    @FXML
    private void onSaveHelp() {
        viewModel.saveHelp();
    }

    @FXML
    private void onVisit() {
        viewModel.startVisit();
    }

    @FXML
    private void onSaveVisit() {
        viewModel.saveVisit();
    }

    @FXML
    private void onCancel() {
        viewModel.cancelForm();
    }
}
