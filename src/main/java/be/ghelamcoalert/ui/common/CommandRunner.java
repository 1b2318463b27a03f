package be.ghelamcoalert.ui.common;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.command.InvalidCommandException;
import be.ghelamcoalert.core.model.command.KioskCommand;
import be.ghelamcoalert.core.service.CommandOutcome;
import be.ghelamcoalert.core.service.KioskCommandService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a touch-screen command to the core off the UI thread and reports the outcome on the
 * feedback line: every button on every screen goes through here.
 */
public final class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private final KioskCommandService commands;
    private final BackgroundWork work;
    private final Feedback feedback;
    private final Texts texts;

    public CommandRunner(KioskCommandService commands, BackgroundWork work, Feedback feedback, Texts texts) {
        this.commands = commands;
        this.work = work;
        this.feedback = feedback;
        this.texts = texts;
    }

    /**
     * The same feedback line and words, with commands run on {@code other}: a slow command there
     * does not hold back the ones sent through this runner.
     */
    public CommandRunner on(BackgroundWork other) {
        return new CommandRunner(commands, other, feedback, texts);
    }

    public void run(KioskCommand command) {
        run(() -> command, outcome -> {});
    }

    public void run(KioskCommand command, Consumer<CommandOutcome> onDone) {
        run(() -> command, onDone);
    }

    /**
     * Builds the command (its own checks may refuse it: shown, nothing sent), executes it in the
     * background, shows the outcome and then calls {@code onDone} on the UI thread.
     */
    public void run(Supplier<KioskCommand> build, Consumer<CommandOutcome> onDone) {
        run(build, onDone, () -> {});
    }

    /**
     * As {@link #run(KioskCommand, Consumer)}, and {@code finished} runs on the UI thread once the
     * command is over, whether it was carried out, refused or failed (a button waiting for a slow
     * command is given back).
     */
    public void run(KioskCommand command, Runnable finished) {
        run(() -> command, outcome -> {}, finished);
    }

    private void run(Supplier<KioskCommand> build, Consumer<CommandOutcome> onDone, Runnable finished) {
        KioskCommand command;
        try {
            command = build.get();
        } catch (InvalidCommandException e) {
            feedback.error(texts.get("feedback.refused", texts.refusal(e)));
            finished.run();
            return;
        }
        work.submit(
                () -> commands.execute(command, Actor.touchScreen()),
                outcome -> {
                    if (outcome.needsAttention()) {
                        feedback.error(texts.outcome(outcome));
                    } else {
                        feedback.info(texts.get("feedback.done", texts.outcome(outcome)));
                    }
                    finished.run();
                    onDone.accept(outcome);
                },
                e -> {
                    if (e instanceof InvalidCommandException refused) {
                        LOG.info("{} from the touch screen refused: {}", command.operation(), refused.getMessage());
                        feedback.error(texts.get("feedback.refused", texts.refusal(refused)));
                    } else {
                        LOG.warn("{} from the touch screen failed", command.operation(), e);
                        feedback.error(texts.get("feedback.failed", e.getMessage()));
                    }
                    finished.run();
                });
    }

    public Texts texts() {
        return texts;
    }
}
