package org.fellowflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every model in processes/ follows the house rules, checked with Camunda's model API (no Node needed). */
class ProcessModelTests {

    /** Ids as Camunda Modeler makes them, e.g. Activity_0x9f3ab, Flow_1abcdef, StartEvent_1, Process_1x2y3z. */
    static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^[A-Za-z]+_(\\d+|(?=[0-9a-z]*\\d)[0-9a-z]{6,7})$");

    static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @Test
    void processesFolderHoldsTheModels() throws IOException {
        assertThat(bpmnFiles()).extracting(f -> f.getFileName().toString()).contains("fellowship-phase.bpmn");
    }

    @TestFactory
    Stream<DynamicTest> everyModelFollowsTheRules() throws IOException {
        return bpmnFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString(),
                () -> assertThat(problems(Bpmn.readModelFromFile(file.toFile()))).isEmpty()));
    }

    @Test
    void rulesCatchAModelThatBreaksThem() {
        BpmnModelInstance sloppy = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream("""
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="Process_1x2y3z" isExecutable="true">
                    <bpmn:startEvent id="StartEvent_1" />
                    <bpmn:userTask id="Activity_0x9f3ab" name="Do something" />
                    <bpmn:sequenceFlow id="Flow_0abc123" sourceRef="StartEvent_1" targetRef="Activity_0x9f3ab" />
                  </bpmn:process>
                </bpmn:definitions>
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(problems(sloppy)).anyMatch(p -> p.contains("no diagram"))
                .anyMatch(p -> p.contains("StartEvent_1 has no name"))
                .anyMatch(p -> p.contains("historyTimeToLive"))
                .anyMatch(p -> p.contains("Activity_0x9f3ab has no camunda:formRef"))
                .anyMatch(p -> p.contains("Activity_0x9f3ab has no candidate group or assignee"))
                .anyMatch(p -> p.contains("Process_1x2y3z looks like a Modeler default id"));
    }

    static List<String> problems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Set<String> drawn = shapes.stream().map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        drawn.addAll(model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet()));
        if (model.getDefinitions().getBpmDiagrams().isEmpty()) {
            problems.add("the file has no diagram (BPMNDiagram)");
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(process.getId() + " sets no historyTimeToLive");
            }
            if (process.getName() == null || process.getName().isBlank()) {
                problems.add(process.getId() + " has no name");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node.getName() == null || node.getName().isBlank()) {
                problems.add(node.getId() + " has no name");
            }
            if (!drawn.isEmpty() && !drawn.contains(node.getId())) {
                problems.add(node.getId() + " is not drawn in the diagram");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() == null) {
                problems.add(task.getId() + " has no camunda:formRef (a Camunda Form)");
            }
            if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
                problems.add(task.getId() + " has no candidate group or assignee");
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getId() != null && MODELER_DEFAULT_ID.matcher(element.getId()).matches()) {
                problems.add(element.getId() + " looks like a Modeler default id; name it after what it is");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawn.isEmpty() && !drawn.contains(flow.getId())) {
                problems.add(flow.getId() + " is not drawn in the diagram");
            }
        }
        return problems;
    }
}
