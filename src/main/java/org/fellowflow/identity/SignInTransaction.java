package org.fellowflow.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * A sign-in's password check and reads of the user's groups and tenants, run as one engine command. Each call
 * to the identity service is otherwise a command of its own, with its own transaction: Camunda's /engine-rest
 * filter opened five on every request, and signing in was 7 to 8 % of the request threads' time under load
 * (docs/benchmarks.md, ninth round). The calls inside join the command, so a failed attempt is still counted
 * and saved.
 */
final class SignInTransaction {

    private SignInTransaction() {
    }

    static <T> T run(ProcessEngine engine, Supplier<T> signIn) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> signIn.get());
    }

    static List<String> groupsOf(IdentityService identity, String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /** The same tenants Camunda's filter gives a user: their own and their groups'. */
    static List<String> tenantsOf(IdentityService identity, String userId) {
        return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
    }
}
