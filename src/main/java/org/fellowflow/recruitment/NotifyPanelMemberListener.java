package org.fellowflow.recruitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fellowflow.notification.Notifications;
import org.springframework.stereotype.Component;

/** When an assessment task is created for a panel member, they are told it is waiting (once per task). */
@Component("notifyPanelMemberListener")
class NotifyPanelMemberListener implements TaskListener {

    private final Notifications notifications;

    NotifyPanelMemberListener(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        notifications.toStaff(task.getAssignee(), "assessment-waiting", task.getExecution().getProcessBusinessKey(),
                "assessment-waiting:" + task.getId());
    }
}
