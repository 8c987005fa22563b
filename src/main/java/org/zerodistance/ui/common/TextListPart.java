package org.zerodistance.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.zerodistance.i18n.Messages;

/**
 * A detail part that shows lines of text about the selected record, loaded in the background
 * (e.g. a household's wishes, or what it received).
 *
 * @param <T> the record the detail pane shows
 */
public final class TextListPart<T> implements DetailPart<T> {

    private final String titleKey;
    private final TaskRunner tasks;
    private final Function<T, List<String>> lines;
    private final ListView<String> list = new ListView<>();
    private T current;

    /** {@code lines} runs off the FX thread and may call services. */
    public TextListPart(String titleKey, String emptyKey, TaskRunner tasks, Function<T, List<String>> lines) {
        this.titleKey = titleKey;
        this.tasks = tasks;
        this.lines = lines;
        list.setPrefHeight(150);
        list.setId(titleKey.replace('.', '-')); // e.g. household-part-received, for tests and styling
        list.setPlaceholder(new Label(Messages.get(emptyKey)));
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Node node() {
        return list;
    }

    @Override
    public void show(T selected) {
        current = selected;
        list.getItems().clear();
        if (selected == null) {
            return;
        }
        tasks.run(progress -> lines.apply(selected), loaded -> {
            if (current == selected) {
                list.getItems().setAll(loaded);
            }
        }, error -> list.getItems().setAll(ErrorMessages.describe(error)));
    }
}
