package org.fellowflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only signed-in staff reach Fellowflow's staff pages and APIs, and only admins its admin parts. Staff
 * sign in once: the Camunda web apps' session counts here too; API clients send HTTP Basic credentials of
 * the same Camunda users. The public intake and the candidates' private links need no sign-in.
 */
class StaffAuthenticationFilter extends OncePerRequestFilter {

    private static final ObjectMapper PROBLEM_JSON = new ObjectMapper();
    private static final Pattern PUBLIC_INTAKE = Pattern.compile("/api/phases/[^/]+/applications");
    private static final Pattern ADMIN_ONLY = Pattern.compile(
            "/admin(/.*)?|/api/phases(/[^/]+)?|/api/phases/[^/]+/panel|/api/admin/.*"
                    + "|/api/fellows/[^/]+/(withdraw|extension)|/v3/api-docs.*|/swagger-ui.*");

    private final ProcessEngine engine;

    StaffAuthenticationFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/candidates/") || path.equals("/actuator/health")
                || path.startsWith("/actuator/health/")
                || ("POST".equals(request.getMethod()) && PUBLIC_INTAKE.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<StaffUser> user = fromSession(request).or(() -> fromBasic(request));
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Fellowflow\", charset=\"UTF-8\"");
            problem(response, HttpStatus.UNAUTHORIZED, "Sign in with your Fellowflow (Camunda) user.");
            return;
        }
        if (path(request).startsWith("/actuator/") && !user.get().isAdmin()
                && !user.get().groups().contains(Roles.METRICS)) {
            problem(response, HttpStatus.FORBIDDEN, "Only admins and metrics users may read the metrics.");
            return;
        }
        if (ADMIN_ONLY.matcher(path(request)).matches() && !user.get().isAdmin()) {
            problem(response, HttpStatus.FORBIDDEN, "Only admins may do this.");
            return;
        }
        request.setAttribute(StaffUser.ATTRIBUTE, user.get());
        chain.doFilter(request, response);
    }

    private Optional<StaffUser> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engine.getName());
        if (authentication instanceof UserAuthentication signedIn) {
            return Optional.of(new StaffUser(signedIn.getIdentityId(), new HashSet<>(signedIn.getGroupIds())));
        }
        return Optional.empty();
    }

    private Optional<StaffUser> fromBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String id = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        IdentityService identity = engine.getIdentityService();
        return SignInTransaction.run(engine, () -> identity.checkPassword(id, password)
                ? Optional.of(new StaffUser(id, Set.copyOf(SignInTransaction.groupsOf(identity, id))))
                : Optional.empty());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        // The detail may quote what the caller sent (a variable's name), so it is written as JSON, not pasted in.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.getWriter().write(PROBLEM_JSON.writeValueAsString(problem));
    }
}
