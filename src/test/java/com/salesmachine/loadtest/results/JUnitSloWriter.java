package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.Slo;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SLO verdicts of one run as JUnit XML ({@code slo-junit.xml}), so CI test reporters show each
 * SLO as a test case: one {@code <testcase>} per SLO, a {@code <failure>} for each that failed.
 */
public final class JUnitSloWriter {
    /** The test case that fails when the run is INVALID, so a CI reporter shows it like a failed SLO. */
    static final String VALIDITY_CASE = "The run achieved its intended work and its injector was not saturated";

    /** The test case that fails when stop criteria stopped the run (a sustained SLO breach). */
    static final String STOP_CASE = "No sustained SLO breach stopped the injection";

    private JUnitSloWriter() {}

    public static String xml(RunSummary summary) {
        Document doc = newDocument();
        Element suite = doc.createElement("testsuite");
        doc.appendChild(suite);
        boolean invalid = !summary.validity().valid();
        boolean stopped = summary.stopped() != null;
        long failures =
                summary.slos().stream().filter(slo -> !slo.passed()).count() + (invalid ? 1 : 0) + (stopped ? 1 : 0);
        suite.setAttribute("name", text(summary.simulation() + " SLOs"));
        suite.setAttribute(
                "tests",
                Integer.toString(
                        1 + (stopped ? 1 : 0) + Math.max(1, summary.slos().size())));
        suite.setAttribute("failures", Long.toString(failures));
        suite.setAttribute("errors", "0");
        suite.setAttribute("skipped", "0");
        suite.setAttribute("time", Figures.decimals(summary.durationSeconds()));

        Element properties = doc.createElement("properties");
        suite.appendChild(properties);
        property(doc, properties, "runId", summary.runId());
        property(doc, properties, "runFolder", summary.runFolder());
        property(doc, properties, "profile", summary.profile());
        property(doc, properties, "startTime", summary.startTime());
        property(doc, properties, "target", summary.target().url());
        property(doc, properties, "verdict", summary.verdict());

        if (summary.slos().isEmpty()) {
            Element testcase = testcase(doc, summary, "No SLOs asserted");
            Element out = doc.createElement("system-out");
            out.setTextContent(text(summary.simulation() + " asserts no SLOs, so there is nothing to fail."));
            testcase.appendChild(out);
            suite.appendChild(testcase);
        }
        for (Slo slo : summary.slos()) {
            Element testcase = testcase(doc, summary, slo.name());
            if (!slo.passed()) {
                Element failure = doc.createElement("failure");
                failure.setAttribute("type", "SLO");
                failure.setAttribute("message", text(failureMessage(slo)));
                failure.setTextContent(text(slo.scope() + ": " + SloText.what(slo) + " was " + SloText.actual(slo)
                        + ", target " + SloText.target(slo)));
                testcase.appendChild(failure);
            }
            suite.appendChild(testcase);
        }
        if (stopped) {
            Element stop = testcase(doc, summary, STOP_CASE);
            Element failure = doc.createElement("failure");
            failure.setAttribute("type", "STOPPED");
            failure.setAttribute(
                    "message",
                    text("STOPPED at " + summary.stopped().atTime() + ": "
                            + summary.stopped().reason()));
            failure.setTextContent(text(summary.stopped().slo()));
            stop.appendChild(failure);
            suite.appendChild(stop);
        }
        Element validity = testcase(doc, summary, VALIDITY_CASE);
        if (invalid) {
            Element failure = doc.createElement("failure");
            failure.setAttribute("type", "INVALID");
            failure.setAttribute(
                    "message",
                    text("INVALID: " + String.join("; ", summary.validity().reasons())));
            failure.setTextContent(text(String.join("\n", summary.validity().reasons())));
            validity.appendChild(failure);
        }
        suite.appendChild(validity);
        return serialize(doc);
    }

    /** {@code actual 620 ms, target < 500 ms}. */
    static String failureMessage(Slo slo) {
        return "actual " + SloText.actual(slo) + ", target " + SloText.target(slo);
    }

    private static Element testcase(Document doc, RunSummary summary, String name) {
        Element testcase = doc.createElement("testcase");
        testcase.setAttribute("classname", text(summary.simulationClass()));
        testcase.setAttribute("name", text(name));
        testcase.setAttribute("time", "0");
        return testcase;
    }

    private static void property(Document doc, Element properties, String name, String value) {
        Element property = doc.createElement("property");
        property.setAttribute("name", name);
        property.setAttribute("value", text(value));
        properties.appendChild(property);
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters), which escaping cannot fix. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        var out = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newDefaultInstance()
                    .newDocumentBuilder()
                    .newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is not configured", e);
        }
    }

    private static String serialize(Document doc) {
        try {
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            // Written by hand: the JDK's transformer puts no line break after its own declaration.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            var out = new StringWriter();
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            String xml = out.toString();
            return xml.endsWith("\n") ? xml : xml + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the SLO JUnit XML", e);
        }
    }
}
