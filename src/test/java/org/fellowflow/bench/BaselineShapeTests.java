package org.fellowflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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

    /** The bare BPMN stays out of the tests after this one: its definition and history go with its deployment. */
    @AfterEach
    void removeTheBareBpmn() {
        engine.getRepositoryService().createDeploymentQuery().deploymentName(BaselineDriver.DEPLOYMENT).list()
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
    }

    @Test
    void theBareBpmnWaitsForTheSameEventsAndTakesAsManyStepsOfEachKindAsFellowflowsNotAppointablePath() {
        BaselineDriver baseline = new BaselineDriver(engine);
        String reference = driver.apply(driver.recruitingPhase(2));
        baseline.startAndAcknowledge("SHAPE");

        Map<String, Long> fellowflowEvents = counted(runtime.createEventSubscriptionQuery()
                .processInstanceId(instance(FellowshipApplicationProcess.KEY, reference)).list(),
                EventSubscription::getEventType);
        assertThat(fellowflowEvents).as("the recruitment-closed event subprocess").containsEntry("message", 1L);
        assertThat(counted(runtime.createEventSubscriptionQuery()
                .processInstanceId(instance(BaselineDriver.KEY, "SHAPE")).list(), EventSubscription::getEventType))
                .isEqualTo(fellowflowEvents);

        driver.notAppointableOnceApplied(reference);
        baseline.onceStarted("SHAPE");

        Map<String, Long> fellowflowSteps = steps(FellowshipApplicationProcess.KEY, reference);
        assertThat(fellowflowSteps).as("Fellowflow's path decides twice").containsEntry("businessRuleTask", 2L)
                .as("and ends").containsEntry("noneEndEvent", 1L);
        assertThat(steps(BaselineDriver.KEY, "SHAPE")).isEqualTo(withDecisionsAsServiceTasks(fellowflowSteps));
    }

    private Map<String, Long> steps(String processKey, String businessKey) {
        return counted(history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance(processKey, businessKey)).list(), HistoricActivityInstance::getActivityType);
    }

    private static <T> Map<String, Long> counted(List<T> items, Function<T, String> kind) {
        return items.stream().collect(Collectors.groupingBy(kind, TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> withDecisionsAsServiceTasks(Map<String, Long> steps) {
        Map<String, Long> mapped = new TreeMap<>();
        steps.forEach((kind, count) -> mapped.merge(kind.equals("businessRuleTask") ? "serviceTask" : kind, count,
                Long::sum));
        return mapped;
    }

    private String instance(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
    }
}
