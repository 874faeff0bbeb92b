package dev.proofscheck.parse;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;

/** Whether a claim's narrower domain really lies inside the variable's declared domain. */
final class DomainInclusion {
    private DomainInclusion() {}

    static boolean within(Domain inner, Domain outer) {
        if (inner instanceof Domain.RealInterval a && outer instanceof Domain.RealInterval b) {
            return lowerWithin(a, b) && upperWithin(a, b);
        }
        if (inner instanceof Domain.IntegerRange a && outer instanceof Domain.IntegerRange b) {
            return a.lo() >= b.lo() && a.hi() <= b.hi();
        }
        if (inner instanceof Domain.IntegerRange a && outer instanceof Domain.RealInterval b) {
            return b.contains(Rational.of(a.lo())) && b.contains(Rational.of(a.hi()));
        }
        if (inner instanceof Domain.ComplexBox a && outer instanceof Domain.ComplexBox b) {
            return within(a.re(), b.re()) && within(a.im(), b.im());
        }
        return false;
    }

    private static boolean lowerWithin(Domain.RealInterval a, Domain.RealInterval b) {
        if (b.lo() == null) {
            return true;
        }
        if (a.lo() == null) {
            return false;
        }
        int c = a.lo().compareTo(b.lo());
        return c > 0 || (c == 0 && (b.loClosed() || !a.loClosed()));
    }

    private static boolean upperWithin(Domain.RealInterval a, Domain.RealInterval b) {
        if (b.hi() == null) {
            return true;
        }
        if (a.hi() == null) {
            return false;
        }
        int c = a.hi().compareTo(b.hi());
        return c < 0 || (c == 0 && (b.hiClosed() || !a.hiClosed()));
    }
}
