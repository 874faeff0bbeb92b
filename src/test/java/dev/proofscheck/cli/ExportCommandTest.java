package dev.proofscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code proofs-check export}: formats, rejection of unknown ones, help. */
class ExportCommandTest {
    private static final String FILE = "derivations/random-matrices/mp-stieltjes-transform.yaml";

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void latexOfADefinitionAndAClaim() {
        Run r = run("export", "--format", "latex", FILE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("% definition S[g, w]\nS\\left(g, w\\right) = \\frac{-\\left(1 - g + w\\right) + "
                + "\\sqrt{\\left(1 - g + w\\right)^{2} + 4 g w}}{2 g w}\n"), r.out());
        assertTrue(r.out().contains("% claim S-at-zero-gamma-below-1 (limit): claimed limit\n\\frac{1}{1 - \\gamma}\n"), r.out());
    }

    @Test
    void javaAndPythonHaveAFunctionPerExpression() {
        Run java = run("export", "--format", "java", FILE);
        assertEquals(0, java.code(), java.err());
        assertTrue(java.out().contains("public static double S(double g, double w) {\n            return (-(1.0 - g + w) + "
                + "Math.sqrt(Math.pow(1.0 - g + w, 2.0) + 4.0 * g * w)) / (2.0 * g * w);"), java.out());
        Run python = run("export", "--format", "python", FILE);
        assertEquals(0, python.code(), python.err());
        assertTrue(python.out().contains("    def S(g, w):\n        return (-(1 - g + w) + math.sqrt((1 - g + w)**2 + 4 * g * w)) / (2 * g * w)\n"),
                python.out());
    }

    @Test
    void unknownFormatsAreRejectedNamingTheAcceptedOnes() {
        Run r = run("export", "--format", "mathematica", FILE);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format must be one of latex, symja, mathml, java, python, not 'mathematica'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void mathmlIsOneWellFormedMathElementPerLineUnderXmlComments() throws Exception {
        Run r = run("export", "--format", "mathml", FILE);
        assertEquals(0, r.code(), r.err());
        javax.xml.parsers.DocumentBuilder xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
        int maths = 0;
        for (String line : r.out().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            // every line is a comment or one <math> element, and each parses as XML on its own
            org.w3c.dom.Document doc = xml.parse(new org.xml.sax.InputSource(new java.io.StringReader(
                    line.startsWith("<!--") ? "<c>" + line + "</c>" : line)));
            if (doc.getDocumentElement().getTagName().equals("math")) {
                maths++;
            }
        }
        assertTrue(maths > 10, r.out());
        assertTrue(r.out().contains("<mfrac>") && r.out().contains("<msqrt>"), r.out());
    }

    @Test
    void helpDescribesTheFormatsAndWhatIsNotExported() {
        Run r = run("export", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("latex   for notes"), r.out());
        assertTrue(r.out().contains("Not exported: matrix claims"), r.out());
        assertTrue(r.out().contains("--simplify"), r.out());
    }

    @Test
    void anUnreadableFileIsAnInputError() {
        Run r = run("export", "--format", "latex", "no-such-file.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-file.yaml"), r.err());
    }
}
