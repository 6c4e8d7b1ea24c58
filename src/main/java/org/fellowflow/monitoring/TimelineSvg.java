package org.fellowflow.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The timeline of every phase as inline SVG, drawn on the server: one row per phase in launch-date order,
 * an arrow from launch to start (recruitment, striped blue) and on from start to end (fellowship, green),
 * labelled with the phase name, and a dashed red line marking today. Its title and description give the
 * same facts as text, for screen readers; the phases table shows them too.
 */
final class TimelineSvg {

    static final String ID = "timeline";
    private static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 250;
    private static final int RIGHT = 24;
    private static final int TOP = 46;
    private static final int ROW = 30;
    private static final int BAR = 16;
    private static final int LEGEND = 44;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final List<PhaseProgress> phases;
    private final LocalDate today;
    private final LocalDate from;
    private final long span;

    private TimelineSvg(List<PhaseProgress> phases, LocalDate today) {
        // A stable sort: phases launching on the same day keep the read model's order.
        this.phases = phases.stream().sorted(Comparator.comparing(PhaseProgress::launchDate)).toList();
        this.today = today;
        LocalDate first = today;
        LocalDate last = today;
        for (PhaseProgress phase : this.phases) {
            first = min(first, phase.launchDate());
            last = max(last, max(phase.startDate(), phase.endDate()));
        }
        this.from = first.minusDays(14);
        this.span = Math.max(1, ChronoUnit.DAYS.between(from, last.plusDays(14)));
    }

    /** The SVG element for the phases, drawn in launch-date order (as the progress read model lists them). */
    static String render(List<PhaseProgress> phases, LocalDate today) {
        return new TimelineSvg(phases, today).svg();
    }

    private String svg() {
        int height = TOP + phases.size() * ROW + LEGEND;
        int bottom = TOP + phases.size() * ROW;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"").append(Svg.NAMESPACE).append("\" id=\"").append(ID)
                .append("\" class=\"chart chart-timeline\" role=\"img\" aria-labelledby=\"").append(ID)
                .append("-title ").append(ID).append("-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" ")
                .append("font-family=\"Arial, Helvetica, sans-serif\" font-size=\"13\">\n");
        svg.append("<title id=\"").append(ID).append("-title\">Timeline of the phases</title>\n");
        svg.append("<desc id=\"").append(ID).append("-desc\">").append(Svg.escape(description())).append("</desc>\n");
        svg.append("<defs><pattern id=\"").append(ID).append("-stripes\" width=\"8\" height=\"8\" ")
                .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"8\" height=\"8\" fill=\"").append(Svg.BLUE).append("\"/>")
                .append("<rect width=\"3\" height=\"8\" fill=\"#ffffff\" fill-opacity=\"0.45\"/></pattern></defs>\n");
        axis(svg, bottom);
        for (int i = 0; i < phases.size(); i++) {
            phase(svg, phases.get(i), TOP + i * ROW);
        }
        double now = x(today);
        svg.append("<g class=\"timeline-today\"><line x1=\"").append(Svg.num(now)).append("\" x2=\"")
                .append(Svg.num(now)).append("\" y1=\"").append(TOP - 8).append("\" y2=\"").append(bottom + 4)
                .append("\" stroke=\"").append(Svg.RED).append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
                .append("<text x=\"").append(Svg.num(now)).append("\" y=\"").append(TOP - 12)
                .append("\" text-anchor=\"").append(now > WIDTH - 90 ? "end" : "middle").append("\" fill=\"")
                .append(Svg.RED).append("\" font-weight=\"bold\">Today, ")
                .append(Svg.escape(Svg.day(today))).append("</text></g>\n");
        legend(svg, bottom + 18);
        svg.append("</svg>");
        return svg.toString();
    }

    private void axis(StringBuilder svg, int bottom) {
        LocalDate to = from.plusDays(span);
        boolean quarters = span <= 550;
        svg.append("<g class=\"timeline-axis\" fill=\"").append(Svg.GREY).append("\">");
        LocalDate tick = from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
        for (; !tick.isAfter(to); tick = tick.plusMonths(3)) {
            if (tick.isBefore(from)) {
                continue;
            }
            boolean labelled = quarters || tick.getMonthValue() == 1;
            double at = x(tick);
            svg.append("<line x1=\"").append(Svg.num(at)).append("\" x2=\"").append(Svg.num(at)).append("\" y1=\"")
                    .append(TOP - 4).append("\" y2=\"").append(bottom).append("\" stroke=\"#d8dde0\" stroke-width=\"")
                    .append(labelled ? "1" : "0.5").append("\"/>");
            if (labelled) {
                String label = quarters ? tick.format(MONTH) : String.valueOf(tick.getYear());
                svg.append("<text x=\"").append(Svg.num(at + 3)).append("\" y=\"").append(TOP - 28)
                        .append("\" font-size=\"12\">").append(Svg.escape(label)).append("</text>");
            }
        }
        svg.append("</g>\n");
    }

    private void phase(StringBuilder svg, PhaseProgress phase, int y) {
        double launch = x(phase.launchDate());
        double start = Math.max(x(phase.startDate()), launch + 1);
        double end = Math.max(x(phase.endDate()), start + 1);
        int barTop = y + (ROW - BAR) / 2;
        int middle = barTop + BAR / 2;
        double head = Math.min(8, end - start);
        svg.append("<g class=\"timeline-phase\" data-phase=\"").append(Svg.escape(phase.key())).append("\">")
                .append("<title>").append(Svg.escape(sentence(phase))).append("</title>");
        svg.append("<text class=\"timeline-label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"")
                .append(middle + 4).append("\" text-anchor=\"end\" fill=\"").append(Svg.TEXT).append("\">")
                .append(Svg.escape(Svg.shorten(phase.name(), 34))).append("</text>");
        svg.append("<rect class=\"timeline-recruitment\" x=\"").append(Svg.num(launch)).append("\" y=\"")
                .append(barTop).append("\" width=\"").append(Svg.num(start - launch)).append("\" height=\"")
                .append(BAR).append("\" fill=\"url(#").append(ID).append("-stripes)\" stroke=\"").append(Svg.BLUE)
                .append("\"/>");
        svg.append("<path class=\"timeline-fellowship\" d=\"M").append(Svg.num(start)).append(' ').append(barTop)
                .append(" H").append(Svg.num(end - head)).append(" L").append(Svg.num(end)).append(' ')
                .append(middle).append(" L").append(Svg.num(end - head)).append(' ').append(barTop + BAR)
                .append(" H").append(Svg.num(start)).append(" Z\" fill=\"").append(Svg.GREEN).append("\"/>");
        svg.append("</g>\n");
    }

    private void legend(StringBuilder svg, int y) {
        svg.append("<g class=\"timeline-legend\" fill=\"").append(Svg.TEXT).append("\">")
                .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y - 11)
                .append("\" width=\"28\" height=\"14\" fill=\"url(#").append(ID).append("-stripes)\" stroke=\"")
                .append(Svg.BLUE).append("\"/><text x=\"").append(LABEL_WIDTH + 36).append("\" y=\"").append(y)
                .append("\">Recruitment: launch to start</text>")
                .append("<path d=\"M").append(LABEL_WIDTH + 250).append(' ').append(y - 11)
                .append(" h20 l8 7 l-8 7 h-20 Z\" fill=\"")
                .append(Svg.GREEN).append("\"/><text x=\"").append(LABEL_WIDTH + 286).append("\" y=\"").append(y)
                .append("\">Fellowship: start to end</text>")
                .append("<line x1=\"").append(LABEL_WIDTH + 480).append("\" x2=\"").append(LABEL_WIDTH + 480)
                .append("\" y1=\"").append(y - 12).append("\" y2=\"").append(y + 4).append("\" stroke=\"")
                .append(Svg.RED).append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"")
                .append(LABEL_WIDTH + 490).append("\" y=\"").append(y).append("\">Today</text></g>\n");
    }

    private String description() {
        StringBuilder text = new StringBuilder();
        text.append(phases.size() == 1 ? "One phase" : phases.size() + " phases").append(", in launch-date order. ");
        phases.forEach(phase -> text.append(sentence(phase)).append(' '));
        text.append("Today is ").append(Svg.day(today)).append('.');
        return text.toString();
    }

    private static String sentence(PhaseProgress phase) {
        return "%s (%s, %s): recruitment from %s to %s, fellowship from %s to %s.".formatted(phase.name(),
                phase.programmeName(), phase.status(), Svg.day(phase.launchDate()), Svg.day(phase.startDate()),
                Svg.day(phase.startDate()), Svg.day(phase.endDate()));
    }

    private double x(LocalDate date) {
        return LABEL_WIDTH + (double) ChronoUnit.DAYS.between(from, date) / span * (WIDTH - LABEL_WIDTH - RIGHT);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b != null && b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
