package org.fellowflow.identity;

import java.util.List;

/** Fellowflow's groups, as Camunda groups: who does what. */
public final class Roles {

    public static final String RECRUITERS = "recruiters";
    public static final String PANEL = "panel";
    public static final String PANEL_CHAIRS = "panel-chairs";
    public static final String ADMINS = "camunda-admin";
    /** A monitoring system's user: may read /actuator/prometheus and nothing else. */
    public static final String METRICS = "metrics";

    static final List<String> TASKLIST_GROUPS = List.of(RECRUITERS, PANEL, PANEL_CHAIRS);

    private Roles() {
    }
}
