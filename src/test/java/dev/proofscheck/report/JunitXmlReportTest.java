package dev.proofscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.Status;
import dev.proofscheck.check.Verdict;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The JUnit XML report: valid against the schema CI tools use, the right outcome per claim, evidence escaped and intact. */
public class JunitXmlReportTest {
    /** Evidence with everything XML must escape: markup, an ampersand, a CDATA end, quotes, line breaks, a control character. */
    static final String NASTY = "at a=1 <b> & c: lhs = |-4|, rhs = 2 ]]> \"quoted\" 'x'\nsecond line\u0001 end";

    static ClaimResult result(String file, String derivation, String claim, boolean expectRefuted, Status status, String evidence) {
        return new ClaimResult(file, 7, derivation, claim, "identity", null, expectRefuted,
                new Verdict(status, "numeric", evidence, Map.of()), 42, 0.25);
    }

    static final List<ClaimResult> RESULTS = List.of(
            result("a.yaml", "alpha", "true-one", false, Status.PROVED, "Together[lhs - rhs] = 0"),
            result("a.yaml", "alpha", "wrong-one", false, Status.REFUTED, NASTY),
            result("a.yaml", "alpha", "wrong-as-expected", true, Status.REFUTED, "at a=2: 9 vs 5"),
            result("a.yaml", "alpha", "expected-but-holds", true, Status.VERIFIED, "agrees at 20 points"),
            result("a.yaml", "alpha", "undecided", false, Status.INCONCLUSIVE, "time limit of 20 s reached"),
            result("b.yaml", "beta", "unreadable", false, Status.ERROR, "b.yaml:3:5: unknown function Foo"),
            new ClaimResult("c.yaml", 1, null, null, null, null, false, Verdict.error("c.yaml:1: malformed YAML"), 42, 0));

    public static void validate(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator v = f.newSchema(JunitXmlReportTest.class.getResource("/junit-10.xsd")).newValidator();
        v.validate(new StreamSource(new StringReader(xml)));
    }

    public static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void validAgainstTheSchemaWithAndWithoutTimings() throws Exception {
        validate(JunitXmlReport.render(RESULTS, 42, true));
        String untimed = JunitXmlReport.render(RESULTS, 42, false);
        validate(untimed);
        assertFalse(untimed.contains("time="), untimed);
        validate(JunitXmlReport.render(List.of(), 1, true));
    }

    @Test
    void theSchemaRejectsWhatCiToolsWouldNot() {
        String xml = JunitXmlReport.render(RESULTS, 42, true);
        assertThrows(SAXException.class, () -> validate(xml.replace("<testcase classname=\"alpha\" name=\"true-one\"", "<testcase classname=\"alpha\"")));
        assertThrows(SAXException.class, () -> validate(xml.replace("tests=\"5\"", "tests=\"five\"")));
    }

    @Test
    void oneSuitePerFileOneCasePerClaimWithTheirOutcomes() throws Exception {
        Document doc = parse(JunitXmlReport.render(RESULTS, 42, true));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("7", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"));
        assertEquals("2", root.getAttribute("errors"));
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength());
        Element alpha = (Element) suites.item(0);
        assertEquals("alpha", alpha.getAttribute("name"));
        assertEquals("a.yaml", alpha.getAttribute("file"));
        assertEquals("5", alpha.getAttribute("tests"));
        assertEquals("2", alpha.getAttribute("failures"));
        assertEquals("0", alpha.getAttribute("errors"));
        assertEquals("1", alpha.getAttribute("skipped"));
        assertEquals("1.250", alpha.getAttribute("time"));
        Element seed = (Element) alpha.getElementsByTagName("property").item(0);
        assertEquals("seed", seed.getAttribute("name"));
        assertEquals("42", seed.getAttribute("value"));

        NodeList cases = alpha.getElementsByTagName("testcase");
        assertEquals(List.of("true-one", "wrong-one", "wrong-as-expected", "expected-but-holds", "undecided"),
                java.util.stream.IntStream.range(0, cases.getLength()).mapToObj(i -> ((Element) cases.item(i)).getAttribute("name")).toList());
        assertEquals(List.of(), outcomes((Element) cases.item(0)));
        assertEquals(List.of("failure"), outcomes((Element) cases.item(1)));
        assertEquals(List.of(), outcomes((Element) cases.item(2)), "a refutation the file expects passes");
        assertEquals(List.of("failure"), outcomes((Element) cases.item(3)), "an expected refutation that did not happen fails");
        assertEquals(List.of("skipped"), outcomes((Element) cases.item(4)));
        Element holds = (Element) ((Element) cases.item(3)).getElementsByTagName("failure").item(0);
        assertTrue(holds.getAttribute("message").startsWith("expected to be refuted, but VERIFIED: agrees at 20 points"), holds.getAttribute("message"));
        Element skipped = (Element) ((Element) cases.item(4)).getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").contains("time limit of 20 s reached"));

        Element beta = (Element) suites.item(1);
        Element error = (Element) beta.getElementsByTagName("error").item(0);
        assertEquals("b.yaml:3:5: unknown function Foo", error.getAttribute("message"));
        assertEquals("1", beta.getAttribute("errors"));
        Element whole = (Element) ((Element) suites.item(2)).getElementsByTagName("testcase").item(0);
        assertEquals("c.yaml", whole.getAttribute("classname"));
        assertEquals(JunitXmlReport.WHOLE_FILE, whole.getAttribute("name"));
        assertEquals(List.of("error"), outcomes(whole));
    }

    @Test
    void evidenceIsEscapedAndArrivesIntact() throws Exception {
        String xml = JunitXmlReport.render(RESULTS, 42, true);
        assertFalse(xml.contains("]]>"), "a CDATA end never appears raw");
        assertFalse(xml.contains("<b>"), xml);
        assertFalse(xml.contains("\u0001"), "characters XML cannot carry are replaced");
        validate(xml);
        Element wrong = (Element) parse(xml).getElementsByTagName("testcase").item(1);
        Element failure = (Element) wrong.getElementsByTagName("failure").item(0);
        String readable = NASTY.replace('\u0001', '\uFFFD');
        assertEquals("REFUTED: " + readable, failure.getAttribute("message"), "line breaks survive in the attribute");
        assertTrue(failure.getTextContent().startsWith(readable), failure.getTextContent());
        assertTrue(failure.getTextContent().contains("a.yaml:7 (seed 42)"), failure.getTextContent());
    }

    private static List<String> outcomes(Element testcase) {
        NodeList children = testcase.getChildNodes();
        return java.util.stream.IntStream.range(0, children.getLength()).mapToObj(children::item)
                .filter(n -> n instanceof Element).map(n -> ((Element) n).getTagName())
                .filter(t -> !t.startsWith("system-")).toList();
    }
}
