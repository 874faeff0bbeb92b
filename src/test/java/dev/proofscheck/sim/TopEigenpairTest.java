package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** The top left singular pair through the smaller Gram matrix agrees with the direct decomposition of m m^T. */
class TopEigenpairTest {
    @Test
    void aTallMatrixGoesThroughItsInnerGramWithTheSameResult() {
        for (int rows : new int[] {30, 12}) {
            DMatrixRMaj m = Gaussian.matrix(rows, 42 - rows, 1, new SplittableRandom(rows));
            // a spike so that the top pair is well separated
            for (int i = 0; i < m.numRows; i++) {
                for (int j = 0; j < m.numCols; j++) {
                    m.data[i * m.numCols + j] += 3.0 / Math.sqrt(m.numRows * m.numCols) * (i % 3 + 1) * (j % 2 + 1);
                }
            }
            DMatrixRMaj outer = new DMatrixRMaj(rows, rows);
            CommonOps_DDRM.multOuter(m, outer);
            TopEigenpair direct = TopEigenpair.of(outer, true);
            TopEigenpair viaSmaller = TopEigenpair.ofOuter(m);
            assertEquals(direct.value(), viaSmaller.value(), 1e-10 * direct.value());
            assertEquals(1, direct.overlap(viaSmaller.vector()), 1e-10);
            assertEquals(rows, viaSmaller.vector().length);
        }
    }
}
