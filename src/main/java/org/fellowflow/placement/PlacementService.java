package org.fellowflow.placement;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places an appointed candidate: gives them their ICSs and a fellow record. */
@Service
@Transactional
public class PlacementService {

    private final FellowRepository fellows;

    PlacementService(FellowRepository fellows) {
        this.fellows = fellows;
    }

    /**
     * Makes the candidate a fellow with a lead ICS and further ICSs; asking twice for the same application
     * returns the first placement unchanged.
     *
     * @param icsNames the name of each ICS by code, for the rule's last tie-break
     */
    public Fellow place(String applicationReference, String phaseKey, String programmeKey, String homeIcs,
            Set<String> projectIcss, Map<String, String> icsNames, LocalDate startDate) {
        Optional<Fellow> placed = fellows.findByApplicationReference(applicationReference);
        if (placed.isPresent()) {
            return placed.get();
        }
        Map<String, Long> led = fellows.fellowsLedPerIcs(programmeKey);
        IcsAssignment icss = IcsAssignment.of(projectIcss, homeIcs, led, icsNames);
        return fellows.save(new Fellow(applicationReference, phaseKey, programmeKey, icss, startDate));
    }

    /** A placed candidate who did not take up the post (checks failed) is no fellow after all. */
    public void cancel(String applicationReference) {
        fellows.findByApplicationReference(applicationReference).ifPresent(fellows::delete);
    }

    /** The fellows of a phase who are appointed and about to start, by reference. */
    @Transactional(readOnly = true)
    public java.util.List<String> appointedFellowsOf(String phaseKey) {
        return fellows.findByPhaseKeyAndStatusOrderByReference(phaseKey, FellowStatus.APPOINTED).stream()
                .map(Fellow::reference).toList();
    }

    /** A fellow's start, completion or withdrawal (with its reason), recorded on the fellow. */
    public FellowDetails record(String fellowReference, FellowStatus status, String reason, LocalDate today) {
        Fellow fellow = fellows.findByReference(fellowReference)
                .orElseThrow(() -> new IllegalArgumentException("No fellow " + fellowReference));
        switch (status) {
            case ACTIVE -> fellow.start();
            case COMPLETED -> fellow.complete(today);
            case WITHDRAWN -> fellow.withdraw(reason, today);
            default -> throw new IllegalArgumentException("A fellow cannot go back to " + status);
        }
        return FellowDetails.of(fellow);
    }

    @Transactional(readOnly = true)
    public Optional<FellowDetails> fellow(String fellowReference) {
        return fellows.findByReference(fellowReference).map(FellowDetails::of);
    }

    @Transactional(readOnly = true)
    public java.util.List<FellowDetails> fellows() {
        return fellows.findAllByOrderByReference().stream().map(FellowDetails::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<FellowDetails> fellowFor(String applicationReference) {
        return fellows.findByApplicationReference(applicationReference).map(FellowDetails::of);
    }
}
