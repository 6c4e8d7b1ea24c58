package org.fellowflow.identity;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A signed-in session of the Camunda web apps, as a browser holds it: session cookie and CSRF token. */
final class CamundaWebSession {

    private final TestRestTemplate http;
    private final String cookies;
    private final String csrfToken;
    final int loginStatus;

    private CamundaWebSession(TestRestTemplate http, String cookies, String csrfToken, int loginStatus) {
        this.http = http;
        this.cookies = cookies;
        this.csrfToken = csrfToken;
        this.loginStatus = loginStatus;
    }

    /** Signs in to one of the web apps (tasklist, cockpit, admin) as a browser would. */
    static CamundaWebSession signIn(TestRestTemplate http, String app, String user, String password) {
        HttpHeaders fetch = new HttpHeaders();
        fetch.set("X-XSRF-TOKEN", "Fetch");
        ResponseEntity<String> first = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(fetch), String.class);
        String token = first.getHeaders().getFirst("X-XSRF-TOKEN");
        String cookies = cookies(first.getHeaders().get(HttpHeaders.SET_COOKIE));

        HttpHeaders login = new HttpHeaders();
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        login.set("X-XSRF-TOKEN", token);
        login.set(HttpHeaders.COOKIE, cookies);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> signedIn = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, login), String.class);
        List<String> renewed = signedIn.getHeaders().get(HttpHeaders.SET_COOKIE);
        String sessionCookies = renewed == null ? cookies : merge(cookies, cookies(renewed));
        // Signing in renews the session, and with it the CSRF token: fetch the new one as the web apps do.
        HttpHeaders refetch = new HttpHeaders();
        refetch.set("X-XSRF-TOKEN", "Fetch");
        refetch.set(HttpHeaders.COOKIE, sessionCookies);
        ResponseEntity<String> current = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(refetch), String.class);
        String currentToken = current.getHeaders().getFirst("X-XSRF-TOKEN");
        List<String> more = current.getHeaders().get(HttpHeaders.SET_COOKIE);
        String finalCookies = more == null ? sessionCookies : merge(sessionCookies, cookies(more));
        return new CamundaWebSession(http, finalCookies, currentToken != null ? currentToken : token,
                signedIn.getStatusCode().value());
    }

    ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(null)), String.class);
    }

    ResponseEntity<String> postJson(String path, String json) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers(MediaType.APPLICATION_JSON)),
                String.class);
    }

    private HttpHeaders headers(MediaType contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookies);
        headers.set("X-XSRF-TOKEN", csrfToken);
        if (contentType != null) {
            headers.setContentType(contentType);
        }
        return headers;
    }

    private static String cookies(List<String> setCookies) {
        if (setCookies == null) {
            return "";
        }
        return String.join("; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
    }

    private static String merge(String old, String renewed) {
        java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
        for (String cookie : (old + "; " + renewed).split("; ")) {
            if (cookie.contains("=")) {
                jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
            }
        }
        return String.join("; ", jar.values());
    }
}
