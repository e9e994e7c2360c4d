package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG of a chart, read back as XML: a timeline of two measures over three months (约谈问责
 * 2, 0, 1 and 亮旗评比 1, 3, 0, so the tallest stack is 3 and the value axis runs 0 to 3 in steps
 * of 1), and the matrix's bars across of two prefectures.
 */
class SvgChartsTest {

    private static final ChartData TIMELINE = new ChartData(ChartData.Kind.STACKED_BARS, "措施 <按月>", "月份", "文章数",
            List.of("2023-01", "2023-02", "2023-03"),
            List.of(new ChartData.Series("约谈问责", List.of(2.0, 0.0, 1.0)),
                    new ChartData.Series("亮旗评比", List.of(1.0, 3.0, 0.0))));

    @TempDir
    Path folder;

    @Test
    void stackedBarsDrawABarForEachValueAboveNothingAndKeepChineseAsText() throws Exception {
        Document svg = parse(SvgCharts.svg(TIMELINE, false));

        assertThat(texts(svg, "//*[local-name()='text'][@class='title']")).containsExactly("措施 <按月>");
        assertThat(texts(svg, "//*[local-name()='text'][@class='category']")).containsExactly("2023-01", "2023-02", "2023-03");
        assertThat(texts(svg, "//*[local-name()='text'][@class='tick']")).containsExactly("0", "1", "2", "3");
        assertThat(texts(svg, "//*[local-name()='text'][@class='axis-label']")).containsExactly("月份", "文章数");
        assertThat(texts(svg, "//*[local-name()='text'][@class='legend-name']")).containsExactly("约谈问责", "亮旗评比");
        assertThat(texts(svg, "//*[local-name()='rect'][@class='bar']/*[local-name()='title']"))
                .containsExactly("2", "1", "1", "3");
    }

    @Test
    void aStackStandsOnTheBarBelowIt() throws Exception {
        Document svg = parse(SvgCharts.svg(TIMELINE, false));
        NodeList bars = nodes(svg, "//*[local-name()='rect'][@class='bar']");
        Element firstOfJanuary = (Element) bars.item(0);
        Element secondOfJanuary = (Element) bars.item(2);

        double top = Double.parseDouble(firstOfJanuary.getAttribute("y"));
        double bottom = Double.parseDouble(secondOfJanuary.getAttribute("y"))
                + Double.parseDouble(secondOfJanuary.getAttribute("height"));
        assertThat(bottom).isCloseTo(top, offset(0.2));
        assertThat(Double.parseDouble(firstOfJanuary.getAttribute("height")))
                .isCloseTo(2 * Double.parseDouble(secondOfJanuary.getAttribute("height")), offset(0.2));
    }

    @Test
    void linesHaveAPointForEachCategory() throws Exception {
        ChartData lines = new ChartData(ChartData.Kind.LINES, "", "", "", TIMELINE.categories(), TIMELINE.series());

        Document svg = parse(SvgCharts.svg(lines, false));

        NodeList polylines = nodes(svg, "//*[local-name()='polyline']");
        assertThat(polylines.getLength()).isEqualTo(2);
        assertThat(((Element) polylines.item(0)).getAttribute("points").split(" ")).hasSize(3);
        assertThat(nodes(svg, "//*[local-name()='circle']").getLength()).isEqualTo(6);
        assertThat(nodes(svg, "//*[local-name()='text'][@class='title']").getLength()).isZero();
    }

    @Test
    void barsAcrossNameTheirRegionsDownTheSideWithoutALegend() throws Exception {
        ChartData matrix = new ChartData(ChartData.Kind.BARS_ACROSS, "文章最多的地区", "", "文章数", List.of("济南市", "潍坊市"),
                List.of(new ChartData.Series("", List.of(4.0, 9.0))));

        Document svg = parse(SvgCharts.svg(matrix, false));

        assertThat(texts(svg, "//*[local-name()='text'][@class='category']")).containsExactly("济南市", "潍坊市");
        assertThat(nodes(svg, "//*[local-name()='g'][@class='legend']").getLength()).isZero();
        NodeList bars = nodes(svg, "//*[local-name()='rect'][@class='bar']");
        double jinan = Double.parseDouble(((Element) bars.item(0)).getAttribute("width"));
        double weifang = Double.parseDouble(((Element) bars.item(1)).getAttribute("width"));
        assertThat(weifang / jinan).isCloseTo(9.0 / 4.0, offset(0.01));
    }

    @Test
    void theDarkThemeDrawsLightTextOnADarkGround() throws Exception {
        Document light = parse(SvgCharts.svg(TIMELINE, false));
        Document dark = parse(SvgCharts.svg(TIMELINE, true));

        assertThat(attribute(light, "//*[local-name()='rect'][@class='background']", "fill")).isEqualTo("#ffffff");
        assertThat(attribute(dark, "//*[local-name()='rect'][@class='background']", "fill")).isEqualTo("#0d1117");
        assertThat(attribute(dark, "//*[local-name()='text'][@class='title']", "fill")).isEqualTo("#c9d1d9");
    }

    @Test
    void writesTheFileWhole() throws Exception {
        Path file = folder.resolve("timeline.svg");

        SvgCharts.write(TIMELINE, false, file);

        assertThat(texts(parse(Files.readString(file)), "//*[local-name()='text'][@class='legend-name']"))
                .containsExactly("约谈问责", "亮旗评比");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(Document svg, String path) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, svg, XPathConstants.NODESET);
    }

    private static List<String> texts(Document svg, String path) throws Exception {
        NodeList found = nodes(svg, path);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    private static String attribute(Document svg, String path, String name) throws Exception {
        return ((Element) nodes(svg, path).item(0)).getAttribute(name);
    }
}
