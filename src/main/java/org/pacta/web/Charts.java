package org.pacta.web;

import io.quarkus.qute.RawString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.pacta.report.Dashboard;

/**
 * Charts drawn on the server as inline SVG: no script, mirrored for right-to-left pages. Every piece of user text is
 * escaped. A chart is a picture for the eye and the mouse: hidden from assistive technology, its bars are links that a
 * click follows but the tab key skips, because the page gives the same figures and links as a table beside it (an
 * image with links inside is no image to a screen reader, and axe's nested-interactive rule says so).
 */
public final class Charts {

    static final String ON_TIME = "#1e6b30";
    static final String LATE = "#8a4b00";
    static final String OPEN = "#0b5394";
    static final String OVERDUE = "#a61b1b";
    /** Reported complete without evidence: grey, apart from the green of evidenced delivery. */
    static final String REPORTED = "#6b6b6b";

    private Charts() {
    }

    /** Labels for the five parts of a bar, in the reader's language. */
    public record Legend(String onTime, String late, String reported, String open, String overdue) {
    }

    public static RawString bars(List<Dashboard.Bar> bars, Legend legend, boolean rtl, Locale locale) {
        int width = 640;
        int labelWidth = 230;
        int barHeight = 22;
        int gap = 10;
        int height = Math.max(1, bars.size()) * (barHeight + gap) + 10;
        long max = bars.stream().mapToLong(Dashboard.Bar::total).max().orElse(1);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" direction=\"ltr\" aria-hidden=\"true\">");
        int y = 5;
        for (Dashboard.Bar bar : bars) {
            int textX = rtl ? width - 4 : 4;
            svg.append("<a href=\"").append(esc(bar.href())).append("\" tabindex=\"-1\">");
            svg.append("<text x=\"").append(textX).append("\" y=\"").append(y + 16).append("\" class=\"chart-label\"")
                    .append(rtl ? " text-anchor=\"end\"" : "").append('>').append(esc(shorten(bar.label(), 34))).append("</text>");
            double scale = (width - labelWidth - 60) / (double) Math.max(1, max);
            double x = labelWidth;
            long[] parts = {bar.onTime(), bar.late(), bar.reported(), bar.open(), bar.overdue()};
            String[] colors = {ON_TIME, LATE, REPORTED, OPEN, OVERDUE};
            String[] names = {legend.onTime(), legend.late(), legend.reported(), legend.open(), legend.overdue()};
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] == 0) {
                    continue;
                }
                double w = Math.max(2, parts[i] * scale);
                double drawX = rtl ? width - x - w : x;
                svg.append("<rect x=\"").append(fmt(drawX)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(barHeight).append("\" fill=\"").append(colors[i]).append("\">")
                        .append("<title>").append(esc(names[i])).append(": ").append(Numerals.of(parts[i], locale))
                        .append("</title></rect>");
                x += w;
            }
            double totalX = rtl ? width - x - 6 : x + 6;
            svg.append("<text x=\"").append(fmt(totalX)).append("\" y=\"").append(y + 16).append("\" class=\"chart-total\"")
                    .append(rtl ? " text-anchor=\"end\"" : "").append('>').append(Numerals.of(bar.total(), locale)).append("</text>");
            svg.append("</a>");
            y += barHeight + gap;
        }
        svg.append("</svg>");
        return new RawString(svg.toString());
    }

    /** One row of the timeline: a commitment from its start to its deadline, its baseline, its milestones. */
    public record GanttRow(String label, String href, Instant start, Instant due, Instant baseline, boolean overdue,
            boolean done, List<Instant> milestones) {
    }

    public record GanttLabels(String today, String baseline, String milestone) {
    }

    /** A mark on the time axis: the start of a month in the reader's calendar, and its name. */
    public record Tick(Instant at, String label) {
    }

    /** The bars over a time axis whose month ticks {@code axis} gives for the span shown (from, to). */
    public static RawString gantt(List<GanttRow> rows, Instant today, GanttLabels labels, boolean rtl,
            java.util.function.BiFunction<Instant, Instant, List<Tick>> axis) {
        if (rows.isEmpty()) {
            return new RawString("");
        }
        Instant from = today;
        Instant to = today;
        for (GanttRow r : rows) {
            from = min(from, min(r.start(), min(r.due(), r.baseline())));
            to = max(to, max(r.due(), r.baseline()));
            for (Instant m : r.milestones()) {
                from = min(from, m);
                to = max(to, m);
            }
        }
        from = from.minus(Duration.ofDays(7));
        to = to.plus(Duration.ofDays(7));
        int width = 900;
        int labelWidth = 260;
        int rowHeight = 24;
        int top = 24;
        int axisHeight = 18;
        int height = top + rows.size() * rowHeight + 10 + axisHeight;
        double span = Math.max(1, Duration.between(from, to).toMinutes());
        double plot = width - labelWidth - 10;
        Instant origin = from;
        java.util.function.Function<Instant, Double> xOf = t -> {
            double x = labelWidth + plot * Duration.between(origin, t).toMinutes() / span;
            return rtl ? width - x : x;
        };
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"gantt\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" direction=\"ltr\" aria-hidden=\"true\">");
        int axisY = height - axisHeight;
        for (Tick tick : axis.apply(from, to)) {
            double x = xOf.apply(tick.at());
            svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(top)
                    .append("\" y2=\"").append(axisY).append("\" class=\"axis-tick\"/>");
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(axisY + 13)
                    .append("\" text-anchor=\"middle\" class=\"axis-label\">").append(esc(tick.label())).append("</text>");
        }
        int y = top;
        for (GanttRow r : rows) {
            int textX = rtl ? width - 4 : 4;
            svg.append("<a href=\"").append(esc(r.href())).append("\" tabindex=\"-1\">");
            svg.append("<text x=\"").append(textX).append("\" y=\"").append(y + 16).append("\" class=\"chart-label\"")
                    .append(rtl ? " text-anchor=\"end\"" : "").append('>').append(esc(shorten(r.label(), 38))).append("</text>");
            double a = xOf.apply(r.start());
            double b = xOf.apply(r.due());
            String color = r.done() ? ON_TIME : r.overdue() ? OVERDUE : OPEN;
            svg.append("<rect x=\"").append(fmt(Math.min(a, b))).append("\" y=\"").append(y + 5).append("\" width=\"")
                    .append(fmt(Math.max(3, Math.abs(b - a)))).append("\" height=\"14\" rx=\"3\" fill=\"").append(color)
                    .append("\"><title>").append(esc(r.label())).append("</title></rect>");
            if (!r.baseline().equals(r.due())) {
                double bx = xOf.apply(r.baseline());
                svg.append("<line x1=\"").append(fmt(bx)).append("\" x2=\"").append(fmt(bx)).append("\" y1=\"").append(y + 2)
                        .append("\" y2=\"").append(y + 22).append("\" class=\"baseline\"><title>").append(esc(labels.baseline()))
                        .append("</title></line>");
            }
            for (Instant m : r.milestones()) {
                double mx = xOf.apply(m);
                svg.append("<path d=\"M").append(fmt(mx)).append(' ').append(y + 4).append(" l6 8 l-6 8 l-6 -8 z\" class=\"milestone\">")
                        .append("<title>").append(esc(labels.milestone())).append("</title></path>");
            }
            svg.append("</a>");
            y += rowHeight;
        }
        double tx = xOf.apply(today);
        svg.append("<line x1=\"").append(fmt(tx)).append("\" x2=\"").append(fmt(tx)).append("\" y1=\"14\" y2=\"").append(height)
                .append("\" class=\"today\"/>");
        svg.append("<text x=\"").append(fmt(tx)).append("\" y=\"11\" text-anchor=\"middle\" class=\"today-label\">")
                .append(esc(labels.today())).append("</text>");
        svg.append("</svg>");
        return new RawString(svg.toString());
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** At most {@code max} characters as people count them (code points): an emoji is never cut in two. */
    private static String shorten(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
