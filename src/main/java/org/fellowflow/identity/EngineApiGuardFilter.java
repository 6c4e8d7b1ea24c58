package org.fellowflow.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Closes what Camunda 7.24 CE leaves open in its APIs (/engine-rest and the web apps' /camunda/api):
 * <ul>
 * <li>queries carrying expressions (any field ending in "Expression", at any depth, orQueries included),
 * which the engine would evaluate for any Tasklist user: 400;</li>
 * <li>the first-run admin setup, which creates an admin for anyone while camunda-admin has no member: 403;</li>
 * <li>completing a task with variables its form does not define: 400, and the task stays open (checked by the
 * engine within the completion, {@link FormVariablesCheck});</li>
 * <li>setting task variables outside a completion: 403.</li>
 * </ul>
 * Filters (stored queries) may hold expressions such as ${currentUser()}: only admins may create them.
 */
class EngineApiGuardFilter extends OncePerRequestFilter {

    private static final Pattern SETUP = Pattern.compile("/camunda/api/admin/setup/.*");
    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)");
    private static final Pattern TASK_VARIABLES = Pattern.compile(".*/task/[^/]+/(variables|localVariables)(/.*)?");
    private static final Pattern FILTER_CHANGE = Pattern.compile(".*/filter/(create|[^/]+)");
    private static final Pattern WEBAPP_PLUGIN_API = Pattern.compile("/camunda/api/(cockpit|admin)/.*");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (SETUP.matcher(path).matches()) {
            StaffAuthenticationFilter.problem(response, HttpStatus.FORBIDDEN,
                    "The first-run setup is closed: the admin user comes from configuration.");
            return;
        }
        Matcher plugin = WEBAPP_PLUGIN_API.matcher(path);
        if (plugin.matches() && !path.startsWith("/camunda/api/admin/auth/") && !mayUse(request, plugin.group(1))) {
            StaffAuthenticationFilter.problem(response, HttpStatus.FORBIDDEN,
                    "Only users of " + plugin.group(1) + " may use its API.");
            return;
        }
        if (TASK_VARIABLES.matcher(path).matches() && !"GET".equals(method)) {
            StaffAuthenticationFilter.problem(response, HttpStatus.FORBIDDEN,
                    "Task variables are set only by completing the task with its form.");
            return;
        }
        // The query string only: reading the parameter map would consume a form body (the web apps' login).
        for (String parameter : queryParameterNames(request)) {
            if (parameter.endsWith("Expression")) {
                StaffAuthenticationFilter.problem(response, HttpStatus.BAD_REQUEST,
                        "Expressions are not allowed in queries: " + parameter);
                return;
            }
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().contains("json")) {
            pass(path, request, response, chain);
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        JsonNode body;
        try {
            body = cached.body().length == 0 ? null : json.readTree(cached.body());
        } catch (JsonProcessingException notJson) {
            pass(path, cached, response, chain);
            return;
        }
        boolean filterChange = FILTER_CHANGE.matcher(path).matches() && !"GET".equals(method);
        String expression = filterChange || body == null ? null : expressionField(body);
        if (expression != null) {
            StaffAuthenticationFilter.problem(response, HttpStatus.BAD_REQUEST,
                    "Expressions are not allowed in queries: " + expression);
            return;
        }
        pass(path, cached, response, chain);
    }

    private static void pass(String path, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        if (COMPLETION.matcher(path).matches()) {
            completeCheckingTheForm(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * The engine checks the completion's variables against the task's form within the completion itself
     * ({@link FormVariablesCheck}); Camunda's answer is held back so that a refusal is answered as a problem.
     */
    private static void completeCheckingTheForm(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        ApiCompletion completion = ApiCompletion.begin();
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            ApiCompletion.end();
        }
        if (completion.undeclared().isEmpty()) {
            held.copyBodyToResponse();
        } else {
            response.reset();
            StaffAuthenticationFilter.problem(response, HttpStatus.BAD_REQUEST, completion.refusal());
        }
    }

    private static java.util.List<String> queryParameterNames(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(query.split("&"))
                .map(pair -> java.net.URLDecoder.decode(pair.split("=", 2)[0], java.nio.charset.StandardCharsets.UTF_8))
                .toList();
    }

    /**
     * Cockpit's and Admin's plugin APIs answer any signed-in user, filtered only by authorizations; they are
     * for the users of those apps (admins), whatever else a Tasklist user may read.
     */
    private static boolean mayUse(HttpServletRequest request, String app) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && authentications.getAuthentications().stream()
                .anyMatch(authentication -> authentication.isAuthorizedForApp(app));
    }

    /** The first field whose name ends in "Expression", anywhere in the body; null when there is none. */
    private static String expressionField(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().endsWith("Expression")) {
                    return field.getKey();
                }
                String nested = expressionField(field.getValue());
                if (nested != null) {
                    return nested;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String nested = expressionField(element);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
