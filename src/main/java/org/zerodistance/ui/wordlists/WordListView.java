package org.zerodistance.ui.wordlists;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/**
 * The editor of one word list, included ({@code fx:include} of {@code WordList.fxml}) by the settings tabs that show
 * lists; the including view hands it its list with {@link #show(WordListViewModel)}. Node ids start with the list's
 * kind ({@code skill-list}, {@code team-specialty-new}, …) for tests and styling.
 */
public final class WordListView {

    @FXML
    private Label titleLabel;
    @FXML
    private Label hintLabel;
    @FXML
    private ListView<String> termList;
    @FXML
    private TextField newTermField;
    @FXML
    private Button addButton;
    @FXML
    private Button renameButton;
    @FXML
    private Button removeButton;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;
    @FXML
    private Label feedbackLabel;

    private WordListViewModel viewModel;

    /** Binds the editor to {@code list}; called once, from the including view's {@code initialize}. */
    public void show(WordListViewModel list) {
        if (viewModel != null) {
            throw new IllegalStateException("The word-list editor already shows " + viewModel.kind());
        }
        viewModel = list;
        String prefix = list.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        termList.setId(prefix + "-list");
        newTermField.setId(prefix + "-new");
        addButton.setId(prefix + "-add");
        renameButton.setId(prefix + "-rename");
        removeButton.setId(prefix + "-remove");
        upButton.setId(prefix + "-up");
        downButton.setId(prefix + "-down");
        feedbackLabel.setId(prefix + "-feedback");

        titleLabel.setText(list.title());
        hintLabel.setText(list.hint());
        newTermField.setPromptText(list.prompt());
        termList.setItems(list.terms());
        newTermField.textProperty().bindBidirectional(list.newTermProperty());
        newTermField.setOnAction(e -> onAdd());
        addButton.disableProperty().bind(list.newTermProperty().isEmpty());
        var chosen = termList.getSelectionModel().selectedItemProperty();
        for (Button b : new Button[] {renameButton, removeButton, upButton, downButton}) {
            b.disableProperty().bind(chosen.isNull());
        }
        // the view model keeps the chosen term across reloads (a moved term stays selected)
        chosen.addListener((obs, was, now) -> {
            if (now != null) {
                list.selectedProperty().set(now);
            }
        });
        list.selectedProperty().addListener((obs, was, now) -> select(now));
        feedbackLabel.textProperty().bind(list.feedbackProperty());
    }

    private void select(String term) {
        if (term == null) {
            termList.getSelectionModel().clearSelection();
        } else if (!term.equals(termList.getSelectionModel().getSelectedItem())) {
            termList.getSelectionModel().select(term);
            termList.scrollTo(term);
        }
    }

    private String selected() {
        return termList.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void onAdd() {
        if (!addButton.isDisabled()) {
            viewModel.add();
        }
    }

    @FXML
    private void onRename() {
        viewModel.rename(selected());
    }

    @FXML
    private void onRemove() {
        viewModel.remove(selected());
    }

    @FXML
    private void onUp() {
        viewModel.move(selected(), -1);
    }

    @FXML
    private void onDown() {
        viewModel.move(selected(), 1);
    }
}
