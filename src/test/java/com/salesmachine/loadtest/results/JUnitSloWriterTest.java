package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitSloWriterTest {

    @Test
    void xml_parses_withOneTestcasePerSlo_andNoFailures_forAPassingRun() throws Exception {
        Element suite = parse(JUnitSloWriter.xml(SummaryFixtures.summary(SummaryFixtures.sample())));

        assertEquals("testsuite", suite.getTagName());
        assertEquals("Nfr3BenchmarkSimulation SLOs", suite.getAttribute("name"));
        assertEquals("7", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        List<Element> cases = elements(suite, "testcase");
        assertEquals(7, cases.size());
        assertEquals(JUnitSloWriter.VALIDITY_CASE, cases.get(6).getAttribute("name"));
        assertEquals(
                "com.salesmachine.loadtest.simulations.Nfr3BenchmarkSimulation",
                cases.get(0).getAttribute("classname"));
        assertEquals(
                "Check the dashboard / Get dashboard: 95th percentile of response time is less than 500.0",
                cases.get(0).getAttribute("name"));
        assertEquals(0, elements(suite, "failure").size());
    }

    @Test
    void xml_countsFailures_andSaysActualAgainstTarget_forAFailingRun() throws Exception {
        Element suite = parse(JUnitSloWriter.xml(SummaryFixtures.summary(SummaryFixtures.failing())));

        assertEquals("8", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        List<Element> failures = elements(suite, "failure");
        assertEquals(2, failures.size());
        assertEquals("actual 620 ms, target < 500 ms", failures.get(0).getAttribute("message"));
        assertEquals("actual 1.81 %, target < 1 %", failures.get(1).getAttribute("message"));
        Element failedCase = (Element) failures.get(0).getParentNode();
        assertTrue(failedCase.getAttribute("name").startsWith("Work prospects / Create prospect:"));
    }

    @Test
    void xml_escapesNamesWithMarkup_soTheyComeBackUnchanged() throws Exception {
        Element suite = parse(JUnitSloWriter.xml(SummaryFixtures.summary(SummaryFixtures.failing())));
        boolean found = elements(suite, "testcase").stream()
                .anyMatch(c -> c.getAttribute("name")
                        .equals("Work prospects / Search | filter <new> & \"hot\": 95th percentile of response time"
                                + " is less than 500.0"));
        assertTrue(found, "the SLO name with < & \" survives the round trip");
    }

    @Test
    void xml_dropsCharactersXmlCannotCarry_insteadOfWritingABrokenFile() throws Exception {
        ObjectNode tree = SummaryFixtures.sample();
        ((ObjectNode) tree.get("slos").get(0)).put("name", "bell\u0007 in a name");
        Element suite = parse(JUnitSloWriter.xml(SummaryFixtures.summary(tree)));
        assertEquals("bell in a name", elements(suite, "testcase").get(0).getAttribute("name"));
    }

    @Test
    void xml_hasOnePassingTestcaseSayingSo_whenThereAreNoSlos() throws Exception {
        ObjectNode tree = SummaryFixtures.sample();
        tree.putArray("slos");
        Element suite = parse(JUnitSloWriter.xml(SummaryFixtures.summary(tree)));

        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        List<Element> cases = elements(suite, "testcase");
        assertEquals(2, cases.size());
        assertEquals("No SLOs asserted", cases.get(0).getAttribute("name"));
        assertEquals(0, elements(suite, "failure").size());
    }

    private static Element parse(String xml) throws Exception {
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite "), xml);
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return doc.getDocumentElement();
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void xml_failsTheValidityCase_withTheReasons_forAnInvalidRun() throws Exception {
        ObjectNode tree = SummaryFixtures.sample();
        tree.put("verdict", "INVALID").put("exitCode", 4);
        ((ObjectNode) tree.get("validity"))
                .put("valid", false)
                .putArray("reasons")
                .add("generator saturated: injector CPU 97 % of 2 cores over the steady window (limit 90 %)");
        Element suite = parse(JUnitSloWriter.xml(SummaryFixtures.summary(tree)));

        assertEquals("1", suite.getAttribute("failures"));
        List<Element> failures = elements(suite, "failure");
        assertEquals(
                "INVALID: generator saturated: injector CPU 97 % of 2 cores over the steady window (limit 90 %)",
                failures.get(0).getAttribute("message"));
        assertEquals(JUnitSloWriter.VALIDITY_CASE, ((Element) failures.get(0).getParentNode()).getAttribute("name"));
    }
}
