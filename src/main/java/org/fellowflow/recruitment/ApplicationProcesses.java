package org.fellowflow.recruitment;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts fellowship-application processes and sends them messages; recruitment's one door to the engine. */
@Component
class ApplicationProcesses {

    private final RuntimeService runtime;

    ApplicationProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the process in the caller's transaction, with ids and small facts only: no personal data. */
    void start(Application application) {
        runtime.startProcessInstanceByKey(FellowshipApplicationProcess.KEY, application.reference(), Map.of(
                FellowshipApplicationProcess.VAR_APPLICATION_REFERENCE, application.reference(),
                FellowshipApplicationProcess.VAR_PHASE_KEY, application.phaseKey(),
                FellowshipApplicationProcess.VAR_PROPOSAL_TITLE, application.proposalTitle(),
                FellowshipApplicationProcess.VAR_GUARANTEED_INTERVIEW, application.guaranteedInterview()));
    }

    void postAvailable(String reference) {
        correlate(FellowshipApplicationProcess.MESSAGE_POST_AVAILABLE, reference, Map.of());
    }

    void reserveListClosed(String reference) {
        correlate(FellowshipApplicationProcess.MESSAGE_RESERVE_LIST_CLOSED, reference, Map.of());
    }

    void recruitmentClosed(String reference) {
        correlate(FellowshipApplicationProcess.MESSAGE_RECRUITMENT_CLOSED, reference, Map.of());
    }

    void offerAnswered(String reference, boolean accepted) {
        correlate(FellowshipApplicationProcess.MESSAGE_OFFER_ANSWERED, reference,
                Map.of(FellowshipApplicationProcess.VAR_OFFER_ACCEPTED, accepted));
    }

    private void correlate(String message, String reference, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(reference)
                .setVariables(variables)
                .correlate();
    }
}
