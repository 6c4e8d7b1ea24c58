package org.fellowflow.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds panel members of assessments waiting longer than fellowflow.notification.assessment-reminder-after,
 * once per task, and sends the programme team a daily digest of their tasks that have waited too long.
 */
@Component
class StaffReminders {

    private final TaskService tasks;
    private final Notifications notifications;
    private final TeamDigest digest;
    private final NotificationProperties properties;
    private final Clock clock;

    StaffReminders(TaskService tasks, Notifications notifications, TeamDigest digest,
            NotificationProperties properties, Clock clock) {
        this.tasks = tasks;
        this.notifications = notifications;
        this.digest = digest;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fellowflow.notification.remind-every:PT1H}",
            initialDelayString = "${fellowflow.notification.remind-every:PT1H}")
    @Transactional
    void remindOverdueAssessments() {
        Date before = Date.from(clock.instant().minus(properties.assessmentReminderAfter()));
        for (Task task : tasks.createTaskQuery().taskDefinitionKeyIn("Task_AssessForShortlisting",
                "Task_AssessInterview").taskCreatedBefore(before).list()) {
            if (task.getAssignee() != null) {
                String reference = String.valueOf(tasks.getVariable(task.getId(), "applicationReference"));
                notifications.toStaff(task.getAssignee(), "assessment-reminder", reference,
                        "assessment-reminder:" + task.getId());
            }
        }
    }

    @Scheduled(cron = "${fellowflow.notification.digest-cron:0 0 7 * * *}")
    @Transactional
    void sendDailyDigest() {
        if (digest.anyWaiting()) {
            notifications.toTeam("recruiter-digest", "recruiter-digest:" + LocalDate.now(clock));
        }
    }
}
