package org.fellowflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The signed-in member of staff making a request: a Camunda user and their groups, from the Camunda web
 * apps' session (one login for Tasklist, Cockpit and Fellowflow) or from HTTP Basic credentials.
 */
public record StaffUser(String id, Set<String> groups) {

    static final String ATTRIBUTE = StaffUser.class.getName();

    public boolean isAdmin() {
        return groups.contains(Roles.ADMINS);
    }

    public boolean isRecruiter() {
        return groups.contains(Roles.RECRUITERS);
    }

    public boolean isChair() {
        return groups.contains(Roles.PANEL_CHAIRS);
    }

    public boolean isPanelMember() {
        return groups.contains(Roles.PANEL);
    }

    /** The staff user of the request; the staff filter has let only signed-in staff through. */
    public static StaffUser of(HttpServletRequest request) {
        StaffUser user = (StaffUser) request.getAttribute(ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("No staff user on " + request.getRequestURI());
        }
        return user;
    }
}
