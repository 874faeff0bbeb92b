package dev.proofscheck.cas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.MatrixBuiltins;
import org.junit.jupiter.api.Test;

/** The matrix functions are not on the CAS allow-list: the writer refuses them rather than send them. */
class MatrixHeadsNeverReachTheCasTest {

    @Test
    void matrixHeadsAreRefusedByTheCasWriter() throws Exception {
        for (String head : MatrixBuiltins.functionNames()) {
            assertFalse(Builtins.isBuiltin(head), head);
        }
        SymjaForm form = new SymjaForm();
        for (String text : new String[] {"Inverse[a] + 1", "a . b", "Det[a]", "Tr[a]", "PseudoInverse[a]", "Transpose[a]",
                "IdentityMatrix[3]", "MatrixPower[a, 2]"}) {
            assertThrows(IllegalArgumentException.class, () -> form.write(ExprParser.parse(text)), text);
        }
    }
}
