package org.fellowflow;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** Which flow nodes of a process no test reached, read from the engine's history. */
public final class FlowNodeCoverage {

    private FlowNodeCoverage() {
    }

    /**
     * @param instances the process instances to count; null for every instance of the latest definition
     * @return the ids of the latest definition's flow nodes that none of them passed
     */
    public static Set<String> missing(RepositoryService repository, HistoryService history, String processKey,
            Collection<String> instances) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        Set<String> missing = repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class)
                .stream().map(FlowNode::getId).collect(Collectors.toCollection(HashSet::new));
        List<HistoricActivityInstanceQuery> queries = instances == null
                ? List.of(history.createHistoricActivityInstanceQuery().processDefinitionId(definitionId))
                : instances.stream().map(id -> history.createHistoricActivityInstanceQuery().processInstanceId(id))
                        .toList();
        // A multi-instance activity that ran over an empty collection shows only as its body.
        queries.forEach(query -> query.list()
                .forEach(activity -> missing.remove(activity.getActivityId().replace("#multiInstanceBody", ""))));
        return missing;
    }
}
