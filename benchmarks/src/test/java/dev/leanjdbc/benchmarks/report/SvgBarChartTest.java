package dev.leanjdbc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgBarChartTest {

    private static final List<SvgBarChart.Bar> BARS = List.of(
            new SvgBarChart.Bar("raw", 2.0, 0.1, "baseline", true),
            new SvgBarChart.Bar("datasource-proxy", 5.0, 0.4, "2.50×", false),
            new SvgBarChart.Bar("p6spy", 2.8, Double.NaN, "1.40×", false));

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void isWellFormedSvgWithOneBarPerValueAndWhiskersWhereThereIsAnError() throws Exception {
        Document doc = parse(new SvgBarChart("Lookup — backend=h2", "µs/op", BARS).render());

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(elements(doc, "rect", "bar")).hasSize(3);
        assertThat(elements(doc, "path", "whisker")).as("p6spy has no error").hasSize(2);
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("datasource-proxy", "5.000 ± 0.4000", "2.50×", "baseline");
    }

    @Test
    void barLengthsAreProportionalToValues() throws Exception {
        List<Element> bars = elements(doc(), "rect", "bar");
        double raw = Double.parseDouble(bars.get(0).getAttribute("width"));
        double proxy = Double.parseDouble(bars.get(1).getAttribute("width"));

        assertThat(proxy / raw).isCloseTo(2.5, org.assertj.core.api.Assertions.within(0.01));
        assertThat(bars.get(0).getAttribute("fill")).isNotEqualTo(bars.get(1).getAttribute("fill"));
    }

    private static Document doc() throws Exception {
        return parse(new SvgBarChart("t", "µs/op", BARS).render());
    }

    @Test
    void escapesMarkupInTitleAndLabels() throws Exception {
        String svg = new SvgBarChart(
                        "a < b & \"c\" 'd' >", "ns/op", List.of(new SvgBarChart.Bar("<script>&", 1.0, 0, "", false)))
                .render();

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&amp;");
        Document doc = parse(svg);
        assertThat(elements(doc, "title", null).get(0).getTextContent()).isEqualTo("a < b & \"c\" 'd' >");
    }

    @Test
    void outputIsDeterministic() {
        assertThat(new SvgBarChart("t", "µs/op", BARS).render())
                .isEqualTo(new SvgBarChart("t", "µs/op", List.copyOf(BARS)).render());
    }

    @Test
    void aHugeErrorIsClippedNotAllowedToSquashTheBars() throws Exception {
        List<SvgBarChart.Bar> noisy = List.of(
                new SvgBarChart.Bar("raw", 1.0, 0.1, "", true), new SvgBarChart.Bar("other", 2.0, 500.0, "", false));
        Document doc = parse(new SvgBarChart("t", "µs/op", noisy).render());

        double other = Double.parseDouble(elements(doc, "rect", "bar").get(1).getAttribute("width"));
        assertThat(other).as("the bar keeps a readable length").isGreaterThan(100);
    }

    @Test
    void rejectsNegativeOrNonFiniteValuesAndEmptyCharts() {
        assertThatThrownBy(() -> new SvgBarChart.Bar("x", -1, 0, "", false))
                .hasMessage(
                        "bar 'x' has value -1.0; bars must be finite and >= 0 (scores of AverageTime benchmarks are)");
        assertThatThrownBy(() -> new SvgBarChart.Bar("x", Double.NaN, 0, "", false))
                .hasMessageContaining("has value NaN");
        assertThatThrownBy(() -> new SvgBarChart("empty", "µs/op", List.of()))
                .hasMessage("chart 'empty' has no bars; give it at least one");
    }

    @Test
    void ticksAreRoundStepsCoveringTheMaximum() {
        assertThat(SvgBarChart.ticks(5.4)).containsExactly(0, 2, 4, 6);
        assertThat(SvgBarChart.ticks(0.37)).containsExactly(0, 0.1, 0.2, 0.30000000000000004, 0.4);
        assertThat(SvgBarChart.tickLabel(0.30000000000000004, 0.1)).isEqualTo("0.3");
        assertThat(SvgBarChart.tickLabel(15000, 5000)).isEqualTo("15,000");
    }

    /**
     * Advance widths of Helvetica (and of Arial, metric-compatible) per 1000 em for ASCII 32..126, from the
     * Adobe font metrics: the narrowest font the chart names, so text measured with it must fit.
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

    private static double helveticaWidth(String text, double fontSize, boolean bold) {
        double em = 0;
        for (char c : text.toCharArray()) {
            if (c >= 32 && c <= 126) {
                em += (bold ? HELVETICA_BOLD : HELVETICA)[c - 32];
            } else {
                em += c == '—' ? 1000 : 584; // × ± µ Δ are about a digit's width or a little more
            }
        }
        return em / 1000 * fontSize;
    }

    @Test
    void upperCaseLabelsAndALongTitleFitInsideTheViewBox() throws Exception {
        // The labels and title of the committed InsertManyBenchmark and SetBasedUpdateBenchmark charts: at 7 px a
        // character the label column was 7-14 px short for capitals, and the title ran 20-34 px past the right edge.
        List<SvgBarChart.Bar> bars = List.of(
                new SvgBarChart.Bar("ROW_BY_ROW", 6579, 1523, "baseline", true),
                new SvgBarChart.Bar("ROW_BY_ROW_AUTOCOMMIT", 7093, 1437, "1.08×", false),
                new SvgBarChart.Bar("SET_BASED", 228.8, 55.63, "0.03×", false));
        assertFits(new SvgBarChart(
                "SetBasedUpdateBenchmark.update — db=POSTGRES, durability=FAST, rows=100000, table=NARROW — allocation",
                "B/op (gc.alloc.rate.norm)",
                bars));
    }

    @Test
    void mixedAndMultiParameterLabelsFitInsideTheViewBox() throws Exception {
        List<SvgBarChart.Bar> bars = List.of(
                new SvgBarChart.Bar("JDBC_BATCH", 1715, 243.7, "baseline", true),
                new SvgBarChart.Bar("COPY_PREENCODED_BINARY", 722.5, 98.8, "0.42×", false),
                new SvgBarChart.Bar("leanjdbc-test", 3.377, 0.1586, "3.09×", false),
                new SvgBarChart.Bar("datasource-proxy", 3.02, 0.15, "2.77×", false),
                new SvgBarChart.Bar("jooqFetchStream", 123.2, 15.06, "1.36×", false),
                new SvgBarChart.Bar(
                        "db=POSTGRES, durability=FAST, rows=100000, table=NARROW", 7093, 1437, "1.08×", false));
        assertFits(new SvgBarChart("InsertManyBenchmark.insert", "ms/op", bars));
    }

    /** Every text's left and right edge, measured in Helvetica, lies inside the viewBox. */
    private static void assertFits(SvgBarChart chart) throws Exception {
        Document doc = parse(chart.render());
        String[] viewBox = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(viewBox[2]);
        for (Element text : elements(doc, "text", null)) {
            double x = Double.parseDouble(text.getAttribute("x"));
            double size = text.hasAttribute("font-size") ? Double.parseDouble(text.getAttribute("font-size")) : 12;
            boolean bold = "bold".equals(text.getAttribute("font-weight"));
            double extent = 0;
            for (int i = 0; i < text.getChildNodes().getLength(); i++) {
                org.w3c.dom.Node part = text.getChildNodes().item(i);
                if (part instanceof Element span) {
                    double dx = span.hasAttribute("dx") ? Double.parseDouble(span.getAttribute("dx")) : 0;
                    extent += dx + helveticaWidth(span.getTextContent(), size, true);
                } else {
                    extent += helveticaWidth(part.getTextContent(), size, bold);
                }
            }
            String anchor = text.getAttribute("text-anchor");
            double left = anchor.equals("end") ? x - extent : anchor.equals("middle") ? x - extent / 2 : x;
            assertThat(left).as("left edge of '%s'", text.getTextContent()).isGreaterThanOrEqualTo(0);
            assertThat(left + extent)
                    .as("right edge of '%s'", text.getTextContent())
                    .isLessThanOrEqualTo(width);
        }
    }
}
