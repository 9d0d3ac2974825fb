package dev.leanjdbc.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as a standalone SVG document: one bar per value with an error whisker, the label on
 * the left, the value and an annotation (the ratio) on the right, and a linear axis from zero.
 *
 * <p>The output depends only on the input: no clock, no locale, no random ids, so re-rendering the same
 * results yields byte-identical files. Text is XML-escaped; widths of text are estimated from Helvetica's metrics,
 * with room for the wider sans-serif fonts browsers may substitute, and the picture is as wide as its text.
 */
public final class SvgBarChart {

    /**
     * One bar.
     *
     * @param error half-width of the whisker; NaN or 0 draws none
     * @param annotation text after the value, e.g. the ratio; may be empty
     * @param highlighted drawn in the baseline colour
     */
    public record Bar(String label, double value, double error, String annotation, boolean highlighted) {
        public Bar {
            if (label == null || label.isEmpty()) {
                throw new IllegalArgumentException("a bar needs a label");
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("bar '" + label + "' has value " + value
                        + "; bars must be finite and >= 0 (scores of AverageTime benchmarks are)");
            }
            annotation = annotation == null ? "" : annotation;
        }
    }

    static final int WIDTH = 760;
    private static final int ROW = 30;
    private static final int BAR = 18;
    private static final int TOP = 52;
    private static final int AXIS = 34;
    private static final int FONT_SIZE = 12;
    private static final int TITLE_SIZE = 14;
    private static final int MARGIN = 12;

    /**
     * Advance widths of Helvetica (Arial has the same) per 1000 em for ASCII 32..126, from Adobe's font metrics;
     * {@link #textWidth} adds {@link #FALLBACK_SLACK} for the wider sans-serif fonts a viewer may substitute.
     */
    private static final int[] HELVETICA = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p to ~
    };

    private static final int[] HELVETICA_BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584
    };

    /** DejaVu Sans, a common sans-serif fallback on Linux, runs up to about 10 % wider than Helvetica. */
    private static final double FALLBACK_SLACK = 1.10;

    private static final String BASELINE_COLOUR = "#8c96a3";
    private static final String BAR_COLOUR = "#3f7fbf";

    private final String title;
    private final String unit;
    private final List<Bar> bars;

    public SvgBarChart(String title, String unit, List<Bar> bars) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' has no bars; give it at least one");
        }
        this.title = title;
        this.unit = unit;
        this.bars = List.copyOf(bars);
    }

    public String render() {
        // Label column: a margin, the longest label (right-aligned 8 px before the axis), the gap.
        int labelWidth = (int) Math.ceil(MARGIN + maxWidth(bars, true) + 8);
        // Value column: 10 px after the plot, the value, the annotation, a margin.
        int valueWidth = (int) Math.ceil(10 + maxWidth(bars, false) + MARGIN);
        int plotLeft = labelWidth;
        int plotWidth = Math.max(160, WIDTH - labelWidth - valueWidth);
        // The title and the subtitle start at the margin: widen the plot until both end inside the picture.
        double header = Math.max(textWidth(title, TITLE_SIZE, true), textWidth(subtitle(), FONT_SIZE, false));
        plotWidth = Math.max(plotWidth, (int) Math.ceil(2 * MARGIN + header) - labelWidth - valueWidth);
        int width = plotLeft + plotWidth + valueWidth;
        int height = TOP + bars.size() * ROW + AXIS;
        double[] ticks = ticks(maxExtent());
        double scaleMax = ticks[ticks.length - 1];

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.append("  <title>").append(escape(title)).append("</title>\n");
        svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("  <text x=\"12\" y=\"22\" font-size=\"14\" font-weight=\"bold\" fill=\"#1f2328\">")
                .append(escape(title))
                .append("</text>\n");
        svg.append("  <text x=\"12\" y=\"40\" fill=\"#57606a\">")
                .append(escape(subtitle()))
                .append("</text>\n");

        int plotBottom = TOP + bars.size() * ROW;
        for (double tick : ticks) {
            double x = plotLeft + tick / scaleMax * plotWidth;
            svg.append("  <line class=\"grid\" x1=\"")
                    .append(num(x))
                    .append("\" y1=\"")
                    .append(TOP - 6)
                    .append("\" x2=\"")
                    .append(num(x))
                    .append("\" y2=\"")
                    .append(plotBottom)
                    .append("\" stroke=\"#d8dee4\" stroke-width=\"1\"/>\n");
            svg.append("  <text x=\"")
                    .append(num(x))
                    .append("\" y=\"")
                    .append(plotBottom + 16)
                    .append("\" text-anchor=\"middle\" fill=\"#57606a\">")
                    .append(escape(tickLabel(tick, ticks[1])))
                    .append("</text>\n");
        }

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW + (ROW - BAR) / 2.0;
            double mid = y + BAR / 2.0;
            double barWidth = bar.value() / scaleMax * plotWidth;
            svg.append("  <text x=\"")
                    .append(plotLeft - 8)
                    .append("\" y=\"")
                    .append(num(mid + 4))
                    .append("\" text-anchor=\"end\" fill=\"#1f2328\">")
                    .append(escape(bar.label()))
                    .append("</text>\n");
            svg.append("  <rect class=\"bar\" x=\"")
                    .append(plotLeft)
                    .append("\" y=\"")
                    .append(num(y))
                    .append("\" width=\"")
                    .append(num(barWidth))
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" fill=\"")
                    .append(bar.highlighted() ? BASELINE_COLOUR : BAR_COLOUR)
                    .append("\"/>\n");
            if (bar.error() > 0 && !Double.isInfinite(bar.error())) {
                double lo = plotLeft + Math.max(0, bar.value() - bar.error()) / scaleMax * plotWidth;
                boolean clipped = bar.value() + bar.error() > scaleMax;
                double hi = plotLeft + Math.min(scaleMax, bar.value() + bar.error()) / scaleMax * plotWidth;
                svg.append("  <path class=\"whisker\" d=\"M")
                        .append(num(lo))
                        .append(' ')
                        .append(num(mid))
                        .append('H')
                        .append(num(hi))
                        .append('M')
                        .append(num(lo))
                        .append(' ')
                        .append(num(mid - 5))
                        .append('V')
                        .append(num(mid + 5));
                if (clipped) {
                    // The interval runs off the axis: an open arrow head instead of a cap.
                    svg.append('M')
                            .append(num(hi - 6))
                            .append(' ')
                            .append(num(mid - 4))
                            .append('L')
                            .append(num(hi))
                            .append(' ')
                            .append(num(mid))
                            .append('L')
                            .append(num(hi - 6))
                            .append(' ')
                            .append(num(mid + 4));
                } else {
                    svg.append('M')
                            .append(num(hi))
                            .append(' ')
                            .append(num(mid - 5))
                            .append('V')
                            .append(num(mid + 5));
                }
                svg.append("\" stroke=\"#1f2328\" stroke-width=\"1.2\" fill=\"none\"/>\n");
            }
            svg.append("  <text x=\"")
                    .append(plotLeft + plotWidth + 10)
                    .append("\" y=\"")
                    .append(num(mid + 4))
                    .append("\" fill=\"#1f2328\">")
                    .append(escape(valueText(bar)));
            if (!bar.annotation().isEmpty()) {
                svg.append("<tspan dx=\"10\" font-weight=\"bold\">")
                        .append(escape(bar.annotation()))
                        .append("</tspan>");
            }
            svg.append("</text>\n");
        }
        svg.append("  <line x1=\"")
                .append(plotLeft)
                .append("\" y1=\"")
                .append(TOP - 6)
                .append("\" x2=\"")
                .append(plotLeft)
                .append("\" y2=\"")
                .append(plotBottom)
                .append("\" stroke=\"#57606a\" stroke-width=\"1\"/>\n");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String valueText(Bar bar) {
        String value = Numbers.score(bar.value());
        if (bar.error() > 0 && !Double.isInfinite(bar.error())) {
            value += " ± " + Numbers.score(bar.error());
        }
        return value;
    }

    private String subtitle() {
        return unit + " — lower is better; whiskers: 99.9% confidence interval";
    }

    /** Estimated width of the value column's text: value, a 10 px gap, the bold annotation. */
    private static double valueWidth(Bar bar) {
        return textWidth(valueText(bar), FONT_SIZE, false)
                + (bar.annotation().isEmpty() ? 0 : 10 + textWidth(bar.annotation(), FONT_SIZE, true));
    }

    /**
     * The estimated width of {@code text} in pixels: Helvetica's advance widths (no font metrics at render time,
     * so the output stays the same on every machine) with room for a wider fallback font. Characters outside
     * ASCII count as a digit (× ± µ Δ) or a full em (— and anything else).
     */
    static double textWidth(String text, double fontSize, boolean bold) {
        int[] widths = bold ? HELVETICA_BOLD : HELVETICA;
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 32 && c <= 126) {
                em += widths[c - 32];
            } else {
                em += "×±µΔ≤≥".indexOf(c) >= 0 ? 584 : 1000;
            }
        }
        return em / 1000 * fontSize * FALLBACK_SLACK;
    }

    /** Tick labels share the decimals their step needs: 0, 20, 40 or 0, 0.05, 0.10. */
    static String tickLabel(double tick, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ROOT, "%,." + decimals + "f", tick);
    }

    private static double maxWidth(List<Bar> bars, boolean labels) {
        double max = 0;
        for (Bar bar : bars) {
            max = Math.max(max, labels ? textWidth(bar.label(), FONT_SIZE, false) : valueWidth(bar));
        }
        return max;
    }

    /** The largest value the axis must show: bar ends, whiskers included, but a whisker may not dwarf bars. */
    private double maxExtent() {
        double maxValue = 0;
        for (Bar bar : bars) {
            maxValue = Math.max(maxValue, bar.value());
        }
        double extent = maxValue;
        for (Bar bar : bars) {
            if (bar.error() > 0 && !Double.isInfinite(bar.error())) {
                // A huge error (a noisy quick run) is clipped at twice the largest bar rather than squashing it.
                extent = Math.max(extent, Math.min(bar.value() + bar.error(), 2 * maxValue));
            }
        }
        return extent;
    }

    /** Round tick values from 0 to at least {@code max}: steps of 1, 2 or 5 times a power of ten. */
    static double[] ticks(double max) {
        if (!(max > 0)) {
            return new double[] {0, 1};
        }
        double rough = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= rough) {
                step = m * magnitude;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; ; i++) {
            double tick = i * step;
            ticks.add(tick);
            if (tick >= max) {
                break;
            }
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Control characters other than tab and newline are not allowed in XML 1.0.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
