package dev.proofscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LaTeX of typical expressions, as one would type it into notes. */
class LatexPrinterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "(1 + Sqrt[gamma])^2/z # \\frac{\\left(1 + \\sqrt{\\gamma}\\right)^{2}}{z}",
        "psi1 + lambda x2 # \\psi_{1} + \\lambda x_{2}",
        "-r^2 (1 - 1/gamma) # -r^{2} \\left(1 - \\frac{1}{\\gamma}\\right)",
        "Log[x] + Exp[-t/2] + E^x # \\ln\\left(x\\right) + \\exp\\left(-\\frac{t}{2}\\right) + \\mathrm{e}^{x}",
        "Abs[x] Max[0, x] # \\left|x\\right| \\max\\left(0, x\\right)",
        "Erf[x/Sqrt[2]] + Gamma[a] # \\operatorname{erf}\\left(\\frac{x}{\\sqrt{2}}\\right) + \\Gamma\\left(a\\right)",
        "HermiteHe[2, z]/Sqrt[Factorial[2]] # \\frac{\\mathrm{He}_{2}\\left(z\\right)}{\\sqrt{2!}}",
        "lplus - 2 I Pi x # \\mathrm{lplus} - 2 i \\pi x",
        "x^(1/3) - 3/4 y # x^{\\frac{1}{3}} - \\frac{3 y}{4}",
        "a == 2 b # a = 2 b",
        "1/2*(x + 1) y # \\frac{\\left(x + 1\\right) y}{2}",
    })
    void printsNotation(String input, String latex) throws ExprSyntaxException {
        assertEquals(latex, LatexPrinter.of(ExprParser.parse(input)));
    }
}
