package org.fellowflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.fellowflow.FellowflowTest;
import org.fellowflow.recruitment.FellowshipApplicationProcess;
import org.fellowflow.recruitment.RecruitmentDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmarks' bare BPMN is "of the same shape" as Fellowflow's process (issue 9): on the path the benchmarks
 * take, it passes as many steps of each kind, and it waits for the same kinds of event. Only the decisions
 * differ: the bare BPMN has no DMN, so an expression service task stands where Fellowflow evaluates one.
 * Without this, a baseline with fewer steps would make Fellowflow's cost look higher than it is.
 */
@FellowflowTest
class BaselineShapeTests {

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private RecruitmentDriver driver;

    @Autowired
    private HistoryService history;

    @Autowired
    private RuntimeService runtime;

    /** The bare BPMN's tasks would otherwise wait in the recruiters' lists of the tests after these. */
    @AfterEach
    void removeTheBareBpmn() {
        engine.getRepositoryService().createDeploymentQuery().deploymentName(BaselineDriver.DEPLOYMENT).list()
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
    }

    @Test
    void theBareBpmnTakesAsManyStepsOfEachKindAsFellowflowsNotAppointablePath() {
        BaselineDriver baseline = new BaselineDriver(engine);
        String reference = driver.notAppointable(driver.recruitingPhase(2));
        baseline.application("SHAPE-PATH");

        Map<String, Long> fellowflow = stepsByKind(FellowshipApplicationProcess.KEY, reference);
        Map<String, Long> bare = stepsByKind(BaselineDriver.KEY, "SHAPE-PATH");

        assertThat(fellowflow).as("Fellowflow's path decides twice").containsEntry("businessRuleTask", 2L);
        assertThat(bare).isEqualTo(withDecisionsAsServiceTasks(fellowflow));
    }

    @Test
    void theBareBpmnWaitsForTheSameEventsOnceStarted() {
        BaselineDriver baseline = new BaselineDriver(engine);
        String reference = driver.apply(driver.recruitingPhase(2));
        baseline.startAndAcknowledge("SHAPE-EVENTS");

        Map<String, Long> fellowflow = subscriptionsByType(FellowshipApplicationProcess.KEY, reference);
        assertThat(fellowflow).as("the recruitment-closed event subprocess").containsEntry("message", 1L);
        assertThat(subscriptionsByType(BaselineDriver.KEY, "SHAPE-EVENTS")).isEqualTo(fellowflow);
    }

    private Map<String, Long> stepsByKind(String processKey, String businessKey) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance(processKey, businessKey))
                .list().stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityType, TreeMap::new,
                        Collectors.counting()));
    }

    private static Map<String, Long> withDecisionsAsServiceTasks(Map<String, Long> steps) {
        Map<String, Long> mapped = new TreeMap<>();
        steps.forEach((kind, count) -> mapped.merge(kind.equals("businessRuleTask") ? "serviceTask" : kind, count,
                Long::sum));
        return mapped;
    }

    private Map<String, Long> subscriptionsByType(String processKey, String businessKey) {
        return runtime.createEventSubscriptionQuery().processInstanceId(instance(processKey, businessKey)).list()
                .stream().collect(Collectors.groupingBy(EventSubscription::getEventType, TreeMap::new,
                        Collectors.counting()));
    }

    private String instance(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
    }
}
