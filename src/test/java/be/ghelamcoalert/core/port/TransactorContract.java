package be.ghelamcoalert.core.port;

import static be.ghelamcoalert.testing.TestEvents.homeMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ghelamcoalert.core.model.Actor;
import be.ghelamcoalert.core.model.AlertPlanner;
import be.ghelamcoalert.core.model.AlertPolicy;
import be.ghelamcoalert.core.model.AuditEntry;
import be.ghelamcoalert.core.model.DeadlinePolicy;
import be.ghelamcoalert.core.model.Event;
import be.ghelamcoalert.core.model.EventId;
import be.ghelamcoalert.core.model.JobRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the core relies on from the {@link Transactor}: all of a transaction's writes, or none. */
public abstract class TransactorContract extends PortContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private final AlertPlanner planner = new AlertPlanner(DeadlinePolicy.standard(), AlertPolicy.standard());
    private final Event match = homeMatch("brugge", LocalDate.of(2027, 1, 10), LocalTime.of(18, 30));

    @Test
    void aTransactionReturnsWhatItsWorkReturnsAndCommitsItsWrites() {
        var saved = store.transactor().inTransaction(() -> {
            store.events().save(match);
            store.alerts().replaceForEvent(match.id(), planner.plan(match));
            return "saved";
        });

        assertThat(saved).isEqualTo("saved");
        assertThat(store.alerts().forEvent(match.id())).hasSize(3);
    }

    @Test
    void aFailedTransactionLeavesNothingBehindInAnyPortAndThrowsItsException() {
        store.audit().append(new AuditEntry(AT, Actor.touchScreen(), "before", Optional.empty(), "kept"));
        var failure = new IllegalStateException("power cut");

        assertThatThrownBy(() -> store.transactor().run(() -> {
                    store.events().save(match);
                    store.alerts().replaceForEvent(match.id(), planner.plan(match));
                    store.audit()
                            .append(new AuditEntry(
                                    AT, Actor.touchScreen(), "create-event", Optional.of(match.id()), "lost"));
                    store.notices().add(Optional.of(match.id()), "lost", AT);
                    store.jobLedger()
                            .record(
                                    new JobRecord("job-1", 1, AT, "create-event", JobRecord.Outcome.SUCCEEDED, "lost"),
                                    "");
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(store.events().find(match.id())).isEmpty();
        assertThat(store.alerts().forEvent(match.id())).isEmpty();
        assertThat(store.audit().latest(10)).extracting(AuditEntry::action).containsExactly("before");
        assertThat(store.notices().unseen()).isEmpty();
        assertThat(store.jobLedger().find("job-1", 1)).isEmpty();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndFailsWithIt() {
        assertThatThrownBy(() -> store.transactor().run(() -> {
                    store.transactor().run(() -> store.events().save(match));
                    assertThat(store.events().find(match.id()))
                            .as("seen inside the outer transaction")
                            .contains(match);
                    throw new IllegalStateException("later step failed");
                }))
                .hasMessage("later step failed");

        assertThat(store.events().find(match.id())).isEmpty();
    }

    @Test
    void committedWritesSurviveARestart() {
        store.transactor().run(() -> {
            store.events().save(match);
            store.alerts().replaceForEvent(match.id(), planner.plan(match));
        });
        store.audit()
                .append(new AuditEntry(
                        AT, Actor.touchScreen(), "mute", Optional.of(new EventId("brugge")), "détail — ünïcode"));

        restart();

        assertThat(store.events().find(match.id())).contains(match);
        assertThat(store.alerts().forEvent(match.id())).isEqualTo(planner.plan(match));
        assertThat(store.audit().latest(5))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("détail — ünïcode"));
    }
}
