package org.fellowflow.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the dashboard's server-drawn SVG charts share: escaping text for XML, numbers and dates. */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final String BLUE = "#005eb8";
    static final String GREEN = "#007f3b";
    static final String RED = "#d5281b";
    static final String TEXT = "#212b32";
    static final String GREY = "#768692";

    private Svg() {
    }

    /**
     * Text made safe for XML character data and attribute values alike: the five markup characters are
     * escaped and characters XML 1.0 does not allow (most control characters, lone surrogates) replaced.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return escaped.toString();
    }

    /** A coordinate, with one decimal and a dot whatever the default locale. */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A label cut to a length that fits the chart; the full text goes in the element's title. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
