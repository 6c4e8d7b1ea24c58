package org.fellowflow.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The dashboard's tables as plain rows of text, as the CSV downloads give them. */
final class DashboardTables {

    static final List<String> NAMES = List.of("phases", "funnel", "ics", "fairness");
    static final String SUPPRESSED = "suppressed";

    record Table(List<String> header, List<List<String>> rows) {

        String csv() {
            return CsvWriter.write(header, rows);
        }
    }

    private DashboardTables() {
    }

    static Table phases(List<PhaseProgress> phases) {
        List<List<String>> rows = new ArrayList<>();
        for (PhaseProgress p : phases) {
            rows.add(List.of(p.key(), p.name(), p.programmeName(), p.status(), text(p.launchDate()),
                    text(p.startDate()), text(p.endDate()), text(p.posts().filled()), text(p.posts().offered()),
                    text(p.posts().open()), text(p.reserveList()), text(p.daysRecruiting()), text(p.daysToFill()),
                    text(p.readvertisements()), text(p.tasksWaiting().size()), text(p.incidents().size())));
        }
        return new Table(List.of("Phase key", "Phase", "Programme", "Status", "Launch date", "Start date",
                "End date", "Posts filled", "Posts offered", "Posts open", "Reserve list", "Days recruiting",
                "Days to fill", "Readvertisements", "Tasks waiting", "Open incidents"), rows);
    }

    static Table funnel(List<PhaseProgress> phases) {
        List<String> header = new ArrayList<>(List.of("Phase key", "Phase"));
        PhaseProgress.FUNNEL.forEach(stage -> header.add(capitalised(stage)));
        List<List<String>> rows = new ArrayList<>();
        for (PhaseProgress p : phases) {
            List<String> row = new ArrayList<>(List.of(p.key(), p.name()));
            PhaseProgress.FUNNEL.forEach(stage -> row.add(text(p.applications().getOrDefault(stage, 0L))));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    static Table ics(List<IcsCoverage.Row> coverage) {
        return new Table(List.of("ICS", "Fellows (lead ICS)", "Fellows (ICS served)"),
                coverage.stream().map(row -> List.of(row.ics(), text(row.lead()), text(row.served()))).toList());
    }

    static Table fairness(Fairness fairness) {
        String scope = fairness.phase() == null ? "All phases" : fairness.phase();
        List<List<String>> rows = new ArrayList<>();
        for (Fairness.Row row : fairness.groups()) {
            rows.add(fairnessRow(scope, row));
        }
        rows.add(fairnessRow(scope, fairness.blackAndMinorityEthnic()));
        return new Table(List.of("Scope", "Ethnic group", "Applicants", "Shortlisted", "Appointed",
                "Likelihood of appointment from shortlisting", "Relative likelihood (White / group)"), rows);
    }

    private static List<String> fairnessRow(String scope, Fairness.Row row) {
        String relative = row.group().equals(FairnessQueries.WHITE) ? "reference group"
                : figure(row, "relativeLikelihood", Fairness.Row::relativeLikelihood);
        return List.of(scope, row.group(), figure(row, "applicants", Fairness.Row::applicants),
                figure(row, "shortlisted", Fairness.Row::shortlisted),
                figure(row, "appointed", Fairness.Row::appointed),
                figure(row, "likelihood", Fairness.Row::likelihood), relative);
    }

    /** A figure as text: "suppressed" when it is, a count as is, a likelihood or ratio to two decimals. */
    static String figure(Fairness.Row row, String name, Function<Fairness.Row, ? extends Number> value) {
        if (row.isSuppressed(name)) {
            return SUPPRESSED;
        }
        Number number = value.apply(row);
        if (number == null) {
            return "";
        }
        return number instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : number.toString();
    }

    static String capitalised(String stage) {
        return Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
