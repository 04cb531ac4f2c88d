package be.cpas.rules.api.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A parameter's timeline drawn as an SVG step chart on the server (no script library): each value holds
 * from its date until the next one; the last holds until the "until" date. The SVG has a title and a
 * description for screen readers; the table next to it gives the same figures.
 */
final class TimelineChart {

    /** One series: a name for the legend, a colour and its dated values in increasing order. */
    record Series(String name, String colour, List<LocalDate> dates, List<BigDecimal> values) {
    }

    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 60;

    private TimelineChart() {
    }

    static String svg(String title, String description, List<Series> series, LocalDate until) {
        LocalDate start = series.stream().map(s -> s.dates().get(0)).min(LocalDate::compareTo).orElseThrow();
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double min = Math.min(0, series.stream().flatMap(s -> s.values().stream()).mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double top = niceCeiling(max);
        long days = Math.max(1, until.toEpochDay() - start.toEpochDay());
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id(title)).append("-t ").append(id(title)).append("-d\" class=\"chart\">");
        svg.append("<title id=\"").append(id(title)).append("-t\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id(title)).append("-d\">").append(escape(description)).append("</desc>");
        // Horizontal grid and value axis.
        for (int i = 0; i <= 4; i++) {
            double value = min + (top - min) * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%s</text>", LEFT - 6, y + 4,
                    format(value)));
        }
        // Years on the time axis.
        int step = Math.max(1, (until.getYear() - start.getYear()) / 8);
        for (int year = start.getYear() + 1; year <= until.getYear(); year += step) {
            double x = LEFT + plotWidth * (LocalDate.of(year, 1, 1).toEpochDay() - start.toEpochDay()) / days;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%d</text>", x,
                    HEIGHT - BOTTOM + 18, year));
        }
        int legendX = LEFT;
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < s.dates().size(); i++) {
                double x = LEFT + plotWidth * (s.dates().get(i).toEpochDay() - start.toEpochDay()) / days;
                double y = TOP + plotHeight - plotHeight * (s.values().get(i).doubleValue() - min) / (top - min);
                LocalDate next = i + 1 < s.dates().size() ? s.dates().get(i + 1) : until;
                double x2 = LEFT + plotWidth * (next.toEpochDay() - start.toEpochDay()) / days;
                path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y))
                        .append(String.format(Locale.ROOT, " L%.1f %.1f ", x2, y));
            }
            svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(s.colour())
                    .append("\" stroke-width=\"2.5\"/>");
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>", legendX, HEIGHT - 22, s.colour()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", legendX + 20, HEIGHT - 16, escape(s.name())));
            legendX += 20 + 8 * s.name().length() + 30;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= max) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value).replace(',', ' ')
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String id(String title) {
        return "chart-" + Integer.toHexString(title.hashCode());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
