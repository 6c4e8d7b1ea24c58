package org.fellowflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates Fellowflow's groups, exactly the Camunda authorizations each needs, and the Tasklist filters each
 * group shares, idempotently at every start. Tasks themselves need no grants here: the engine gives each
 * task's candidate group and assignee the right to work on that task (TASK_WORK), so a panel member sees
 * and completes only the assessments assigned to them.
 */
@Component
@Order(10)
class GroupsAndAuthorizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GroupsAndAuthorizations.class);

    private static final String APPLICATION_PROCESS = "FellowshipApplicationProcess";
    private static final String PHASE_PROCESS = "FellowshipPhaseProcess";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    GroupsAndAuthorizations(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        group(Roles.RECRUITERS, "Recruiters (programme team)");
        group(Roles.PANEL, "Panel members");
        group(Roles.PANEL_CHAIRS, "Panel chairs");
        group(Roles.ADMINS, "Fellowflow admins");
        group(Roles.METRICS, "Monitoring (metrics only)");
        for (String group : Roles.TASKLIST_GROUPS) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // The process definitions' names and diagrams, as Tasklist shows them beside a task.
            grant(group, Resources.PROCESS_DEFINITION, APPLICATION_PROCESS, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, PHASE_PROCESS, Permissions.READ);
        }
        grant(Roles.ADMINS, Resources.APPLICATION, "*", Permissions.ALL);

        TaskQuery mine = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
        filter("Screening", Roles.RECRUITERS, -10, tasks.createTaskQuery().taskCandidateGroup(Roles.RECRUITERS)
                .includeAssignedTasks().taskDefinitionKey("Task_ScreenEligibility"));
        filter("Shortlisting", Roles.RECRUITERS, -5, tasks.createTaskQuery().taskCandidateGroup(Roles.RECRUITERS)
                .includeAssignedTasks().taskDefinitionKeyIn("Task_AddShortlistingPanelMember",
                        "Task_ScheduleInterview", "Task_AddInterviewPanelMember"));
        filter("Offers and checks", Roles.RECRUITERS, 0, tasks.createTaskQuery()
                .taskCandidateGroup(Roles.RECRUITERS).includeAssignedTasks()
                .taskDefinitionKeyIn("Task_RecordOfferResponse", "Task_PreStartChecks"));
        filter("My assessments", Roles.PANEL, -10, mine);
        filter("Chair decisions", Roles.PANEL_CHAIRS, -10, tasks.createTaskQuery()
                .taskCandidateGroup(Roles.PANEL_CHAIRS).includeAssignedTasks()
                .taskDefinitionKey("Task_ConfirmOutcome"));
        log.info("Groups {} and {} have their authorizations and Tasklist filters", Roles.TASKLIST_GROUPS,
                Roles.ADMINS);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        if (!authorization.isPermissionGranted(permission)) {
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }

    private void filter(String name, String group, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filter.setOwner("admin");
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "description", "Fellowflow: " + group,
                "refresh", true, "variables", List.of(
                        Map.of("name", "applicationReference", "label", "Application"),
                        Map.of("name", "proposalTitle", "label", "Proposal"),
                        Map.of("name", "phaseKey", "label", "Phase"))));
        filters.saveFilter(filter);
        grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
