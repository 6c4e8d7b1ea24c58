package org.fellowflow.monitoring;

import java.util.List;

/**
 * Fellows per ICS as a horizontal bar chart in inline SVG: for each ICS a bar of the fellows it leads (solid
 * blue) and one of the fellows whose project serves it (striped green), each with its number written beside
 * it, so that neither colour nor length alone carries the figures. Title and description say it all as text.
 */
final class IcsChartSvg {

    static final String ID = "ics-chart";
    private static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 250;
    private static final int RIGHT = 110;
    private static final int TOP = 12;
    private static final int ROW = 46;
    private static final int BAR = 15;
    private static final int LEGEND = 36;

    private IcsChartSvg() {
    }

    static String render(List<IcsCoverage.Row> rows) {
        long most = Math.max(1, rows.stream().mapToLong(row -> Math.max(row.lead(), row.served())).max().orElse(0));
        double scale = (double) (WIDTH - LABEL_WIDTH - RIGHT) / most;
        int height = TOP + rows.size() * ROW + LEGEND;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"").append(Svg.NAMESPACE).append("\" id=\"").append(ID)
                .append("\" class=\"chart chart-ics\" role=\"img\" aria-labelledby=\"").append(ID).append("-title ")
                .append(ID).append("-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" ")
                .append("font-family=\"Arial, Helvetica, sans-serif\" font-size=\"13\">\n");
        svg.append("<title id=\"").append(ID).append("-title\">Fellows per ICS, every phase</title>\n");
        StringBuilder desc = new StringBuilder(rows.isEmpty() ? "No ICSs yet." : "");
        rows.forEach(row -> desc.append(sentence(row)).append(' '));
        svg.append("<desc id=\"").append(ID).append("-desc\">").append(Svg.escape(desc.toString().trim()))
                .append("</desc>\n");
        svg.append("<defs><pattern id=\"").append(ID).append("-stripes\" width=\"8\" height=\"8\" ")
                .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"8\" height=\"8\" fill=\"").append(Svg.GREEN).append("\"/>")
                .append("<rect width=\"3\" height=\"8\" fill=\"#ffffff\" fill-opacity=\"0.45\"/></pattern></defs>\n");
        for (int i = 0; i < rows.size(); i++) {
            IcsCoverage.Row row = rows.get(i);
            int y = TOP + i * ROW;
            svg.append("<g class=\"ics-row\" data-ics=\"").append(Svg.escape(row.ics())).append("\"><title>")
                    .append(Svg.escape(sentence(row))).append("</title>");
            svg.append("<text x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(y + BAR + 4)
                    .append("\" text-anchor=\"end\" fill=\"").append(Svg.TEXT).append("\">")
                    .append(Svg.escape(Svg.shorten(row.ics(), 34))).append("</text>");
            bar(svg, y, row.lead() * scale, "fill=\"" + Svg.BLUE + "\"", row.lead() + " lead");
            bar(svg, y + BAR + 2, row.served() * scale, "fill=\"url(#" + ID + "-stripes)\" stroke=\"" + Svg.GREEN
                    + "\"", row.served() + " served");
            svg.append("</g>\n");
        }
        int y = TOP + rows.size() * ROW + 16;
        svg.append("<g class=\"ics-legend\" fill=\"").append(Svg.TEXT).append("\"><rect x=\"").append(LABEL_WIDTH)
                .append("\" y=\"").append(y - 11).append("\" width=\"28\" height=\"14\" fill=\"").append(Svg.BLUE)
                .append("\"/><text x=\"").append(LABEL_WIDTH + 36).append("\" y=\"").append(y)
                .append("\">Lead ICS</text><rect x=\"").append(LABEL_WIDTH + 160).append("\" y=\"").append(y - 11)
                .append("\" width=\"28\" height=\"14\" fill=\"url(#").append(ID).append("-stripes)\" stroke=\"")
                .append(Svg.GREEN).append("\"/><text x=\"").append(LABEL_WIDTH + 196).append("\" y=\"").append(y)
                .append("\">ICS served (lead and further ICSs)</text></g>\n");
        svg.append("</svg>");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, int y, double length, String paint, String label) {
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                .append(Svg.num(Math.max(length, 1))).append("\" height=\"").append(BAR).append("\" ").append(paint)
                .append("/><text x=\"").append(Svg.num(LABEL_WIDTH + Math.max(length, 1) + 6)).append("\" y=\"")
                .append(y + BAR - 3).append("\" fill=\"").append(Svg.TEXT).append("\">").append(Svg.escape(label))
                .append("</text>");
    }

    private static String sentence(IcsCoverage.Row row) {
        return "%s: %d %s as lead ICS, %d served.".formatted(row.ics(), row.lead(),
                row.lead() == 1 ? "fellow" : "fellows", row.served());
    }
}
