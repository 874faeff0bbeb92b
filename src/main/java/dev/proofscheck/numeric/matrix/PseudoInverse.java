package dev.proofscheck.numeric.matrix;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.numeric.EvaluationException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The Moore–Penrose pseudo-inverse in high precision, without an SVD: a rank-revealing elimination
 * gives the full-rank factorisation {@code A = F G} ({@code F} the pivot columns of A, {@code G} the
 * non-zero rows of its reduced echelon form, both of rank r), and then
 * {@code A+ = G* (G G*)^-1 (F* F)^-1 F*} (* the conjugate transpose), where both inverses are of
 * well-conditioned r x r Gram matrices of full rank. The rank decision uses a threshold far above
 * the rounding level of the working precision, so that both precisions of a check take the same one.
 */
public final class PseudoInverse {
    private PseudoInverse() {}

    public static BigMatrix of(BigMatrix a, BigDecimal rankThreshold, MathContext mc) throws EvaluationException {
        Elimination.Echelon e = Elimination.echelon(a, rankThreshold, mc);
        if (e.rank() == 0) {
            return zeros(a.cols(), a.rows());
        }
        BigComplex[][] f = new BigComplex[a.rows()][e.rank()];
        for (int i = 0; i < a.rows(); i++) {
            for (int k = 0; k < e.rank(); k++) {
                f[i][k] = a.get(i, e.pivotColumns().get(k));
            }
        }
        BigMatrix F = BigMatrix.wrap(f);
        BigMatrix G = e.reduced();
        BigMatrix Fs = F.adjoint();
        BigMatrix Gs = G.adjoint();
        // The Gram matrices are positive definite of full rank r: only an exact zero pivot can make them singular.
        BigDecimal anyPivot = BigDecimal.ZERO;
        BigMatrix ggInv = Elimination.inverse(G.dot(Gs, mc), anyPivot, mc);
        BigMatrix ffInv = Elimination.inverse(Fs.dot(F, mc), anyPivot, mc);
        return Gs.dot(ggInv, mc).dot(ffInv, mc).dot(Fs, mc);
    }

    private static BigMatrix zeros(int rows, int cols) {
        BigComplex[][] z = new BigComplex[rows][cols];
        for (BigComplex[] row : z) {
            java.util.Arrays.fill(row, BigComplex.ZERO);
        }
        return BigMatrix.wrap(z);
    }
}
