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
}
