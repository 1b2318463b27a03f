package be.ghelamcoalert.core.port;

import be.ghelamcoalert.core.model.JobRecord;
import java.util.List;

/** The remote commands this kiosk received, newest first. */
public interface JobHistory {

    List<JobRecord> latest(int limit);

    static JobHistory none() {
        return limit -> List.of();
    }
}
