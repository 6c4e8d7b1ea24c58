package org.fellowflow.placement;

import java.time.LocalDate;
import java.util.List;

/** A fellow record as other features see it. */
public record FellowDetails(String reference, String applicationReference, String phaseKey, String programmeKey,
        String leadIcs, List<String> furtherIcss, LocalDate startDate, FellowStatus status, String withdrawnReason,
        LocalDate endedOn) {

    static FellowDetails of(Fellow fellow) {
        return new FellowDetails(fellow.reference(), fellow.applicationReference(), fellow.phaseKey(),
                fellow.programmeKey(), fellow.leadIcs(), fellow.furtherIcss(), fellow.startDate(), fellow.status(),
                fellow.withdrawnReason(), fellow.endedOn());
    }
}
