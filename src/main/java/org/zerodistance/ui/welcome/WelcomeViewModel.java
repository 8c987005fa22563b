package org.zerodistance.ui.welcome;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.DomainException;
import org.zerodistance.i18n.Messages;
import org.zerodistance.service.CommunityService;
import org.zerodistance.service.SampleCommunity;
import org.zerodistance.ui.common.ErrorMessages;
import org.zerodistance.ui.common.TaskRunner;

/**
 * The first run, on a database without communities: create the first community by name, or load the sample community.
 * Either way {@code onReady} hears the community the main window should open on.
 */
public final class WelcomeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WelcomeViewModel.class);

    private final CommunityService communities;
    private final SampleCommunity sample;
    private final TaskRunner tasks;
    private final Consumer<Community> onReady;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameProblem = new SimpleStringProperty("");
    private final StringProperty sampleStatus = new SimpleStringProperty("");
    private final StringProperty sampleProblem = new SimpleStringProperty("");
    private final DoubleProperty sampleProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty loadingSample = new SimpleBooleanProperty(false);

    public WelcomeViewModel(CommunityService communities, SampleCommunity sample, TaskRunner tasks, Consumer<Community> onReady) {
        this.communities = communities;
        this.sample = sample;
        this.tasks = tasks;
        this.onReady = onReady;
        name.addListener((obs, was, now) -> nameProblem.set(""));
    }

    /** Creates the community named in the field; a problem with the name is shown next to the field. */
    public void create() {
        if (working.get()) {
            return;
        }
        String typed = name.get();
        try {
            Community.validName(typed);
        } catch (DomainException e) {
            nameProblem.set(Messages.get(e.messageKey(), e.args()));
            return;
        }
        working.set(true);
        tasks.run(progress -> communities.add(typed), created -> {
            working.set(false);
            onReady.accept(created);
        }, error -> {
            working.set(false);
            if (!(error instanceof DomainException)) {
                LOG.error("The first community could not be created", error);
            }
            nameProblem.set(ErrorMessages.describe(error));
        });
    }

    /** Loads the sample community in the background, with its progress; a failure is said in words (and logged). */
    public void loadSample() {
        if (working.get()) {
            return;
        }
        working.set(true);
        loadingSample.set(true);
        sampleProblem.set("");
        sampleStatus.set(Messages.get("welcome.sample.loading"));
        sampleProgress.set(-1);
        TaskRunner.Job job = tasks.run(progress -> sample.load(progress::update), loaded -> {
            finishLoading();
            onReady.accept(loaded.community());
        }, error -> {
            finishLoading();
            LOG.error("The sample community could not be loaded", error);
            sampleProblem.set(Messages.get("welcome.sample.failed", ErrorMessages.describe(error)));
        });
        if (loadingSample.get()) { // a same-thread runner has finished already
            sampleProgress.bind(job.progressProperty());
        }
    }

    private void finishLoading() {
        sampleProgress.unbind();
        working.set(false);
        loadingSample.set(false);
        sampleStatus.set("");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameProblemProperty() {
        return nameProblem;
    }

    public StringProperty sampleStatusProperty() {
        return sampleStatus;
    }

    public StringProperty sampleProblemProperty() {
        return sampleProblem;
    }

    public DoubleProperty sampleProgressProperty() {
        return sampleProgress;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public BooleanProperty loadingSampleProperty() {
        return loadingSample;
    }
}
