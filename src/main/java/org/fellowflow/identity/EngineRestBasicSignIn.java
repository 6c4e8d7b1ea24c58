package org.fellowflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic sign-in for /engine-rest, in one transaction: the password check and the user's groups
 * and tenants, which Camunda's filter would otherwise read in transactions of their own. Public because the
 * filter makes its provider from the class name.
 */
public class EngineRestBasicSignIn extends HttpBasicAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return SignInTransaction.run(engine, () -> {
            AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
            if (result.isAuthenticated()) {
                IdentityService identity = engine.getIdentityService();
                result.setGroups(SignInTransaction.groupsOf(identity, result.getAuthenticatedUser()));
                result.setTenants(SignInTransaction.tenantsOf(identity, result.getAuthenticatedUser()));
            }
            return result;
        });
    }
}
