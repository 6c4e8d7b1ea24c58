package org.fellowflow.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fellows per ICS across every phase: as the lead ICS, and among the ICSs each fellow's project serves (the
 * lead included), withdrawn fellows left out, from the progress figures. Every ICS is listed, those without
 * fellows too, since a gap in coverage is what admins look for.
 */
@Component
class IcsCoverage {

    /** One ICS: fellows it leads, and fellows whose project serves it. */
    record Row(String ics, long lead, long served) {
    }

    private final JdbcTemplate jdbc;

    IcsCoverage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<Row> across(List<PhaseProgress> phases) {
        return rows(jdbc.queryForList("select name from ics order by name", String.class), phases);
    }

    static List<Row> rows(List<String> icsNames, List<PhaseProgress> phases) {
        Map<String, long[]> counts = new TreeMap<>();
        icsNames.forEach(name -> counts.put(name, new long[2]));
        for (PhaseProgress phase : phases) {
            phase.fellowsByLeadIcs().forEach((ics, n) -> counts.computeIfAbsent(ics, k -> new long[2])[0] += n);
            phase.fellowsByIcsServed().forEach((ics, n) -> counts.computeIfAbsent(ics, k -> new long[2])[1] += n);
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((ics, n) -> rows.add(new Row(ics, n[0], n[1])));
        return List.copyOf(rows);
    }
}
