package org.fellowflow.monitoring;

import java.util.List;

/**
 * Writes a table as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends), made safe for
 * spreadsheets: a cell that starts with =, +, -, @, a tab or a carriage return would be read as a formula, so
 * it is neutralised with a leading single quote (as OWASP advises against CSV injection).
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static String write(List<String> header, List<? extends List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    /** One field, neutralised and quoted; null is an empty field. */
    static String cell(String value) {
        if (value == null) {
            return "\"\"";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
