package org.fellowflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The recruiters' tasks that have waited too long: the daily digest's content. */
@Component
class TeamDigest {

    /**
     * @param reference the application's reference (the process's business key)
     */
    record WaitingTask(String reference, String task, long waitingDays) {
    }

    private final TaskService tasks;
    private final NotificationProperties properties;
    private final Clock clock;

    TeamDigest(TaskService tasks, NotificationProperties properties, Clock clock) {
        this.tasks = tasks;
        this.properties = properties;
        this.clock = clock;
    }

    List<WaitingTask> waitingTasks() {
        Instant now = clock.instant();
        Date before = Date.from(now.minus(properties.digestAfter()));
        return tasks.createTaskQuery().taskCandidateGroup("recruiters").includeAssignedTasks()
                .taskCreatedBefore(before).orderByTaskCreateTime().asc().list().stream()
                .map(task -> new WaitingTask(String.valueOf(tasks.getVariable(task.getId(), "applicationReference")),
                        task.getName(),
                        Duration.between(task.getCreateTime().toInstant(), now).toDays()))
                .toList();
    }

    boolean anyWaiting() {
        return tasks.createTaskQuery().taskCandidateGroup("recruiters").includeAssignedTasks()
                .taskCreatedBefore(Date.from(clock.instant().minus(properties.digestAfter()))).count() > 0;
    }
}
