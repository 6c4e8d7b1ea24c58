package org.fellowflow.recruitment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The phase's reserve list, for features that open a post again (a fellow withdrawing before the start). */
@Service
@Transactional
public class ReserveList {

    private final AppointmentService appointments;

    ReserveList(AppointmentService appointments) {
        this.appointments = appointments;
    }

    /** Offers each open post of the phase to the best reserve candidate, if there is one. */
    public void offerOpenPosts(String phaseKey) {
        appointments.offerToReserveList(phaseKey);
    }
}
