package be.ghelamcoalert.app.remote;

import be.ghelamcoalert.adapter.iot.schedule.ScheduleReport;
import be.ghelamcoalert.core.model.PartHealth;
import java.util.stream.Collectors;

/** The parts of a kiosk that are not working, in one line: "import DEGRADED (club: quarantined)". */
final class PartsLine {
    private PartsLine() {}

    static String of(ScheduleReport schedule, OperatorWords words) {
        var troubles = schedule.parts().entrySet().stream()
                .filter(part -> part.getValue().state().equals(PartHealth.State.FAILED.name())
                        || part.getValue().state().equals(PartHealth.State.DEGRADED.name()))
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(part -> part.getKey() + " " + part.getValue().state()
                        + (part.getValue().reason().isBlank()
                                ? ""
                                : " (" + part.getValue().reason() + ")"))
                .collect(Collectors.joining("; "));
        return troubles.isEmpty() ? words.word("parts ok") : troubles;
    }
}
