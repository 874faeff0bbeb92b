package dev.proofscheck.model;

import dev.proofscheck.expr.Rational;

/** The set of values a variable ranges over. Sampled by the numeric checker, used as assumptions by the CAS. */
public sealed interface Domain permits Domain.RealInterval, Domain.IntegerRange, Domain.ComplexBox {

    /** A description in the file syntax, e.g. {@code (0, 1]} or {@code integer [1, 10]}. */
    String describe();

    /** A real interval; a null end is infinite. */
    record RealInterval(Rational lo, boolean loClosed, Rational hi, boolean hiClosed) implements Domain {
        public RealInterval {
            if (lo != null && hi != null && lo.compareTo(hi) > 0) {
                throw new IllegalArgumentException("empty interval: lower end above upper end");
            }
            if (lo != null && hi != null && lo.compareTo(hi) == 0 && !(loClosed && hiClosed)) {
                throw new IllegalArgumentException("empty interval");
            }
        }

        public static RealInterval open(Rational lo, Rational hi) {
            return new RealInterval(lo, false, hi, false);
        }

        public boolean contains(Rational x) {
            boolean aboveLo = lo == null || (loClosed ? x.compareTo(lo) >= 0 : x.compareTo(lo) > 0);
            boolean belowHi = hi == null || (hiClosed ? x.compareTo(hi) <= 0 : x.compareTo(hi) < 0);
            return aboveLo && belowHi;
        }

        @Override
        public String describe() {
            return (loClosed ? "[" : "(") + (lo == null ? "-inf" : lo.toString()) + ", "
                    + (hi == null ? "inf" : hi.toString()) + (hiClosed ? "]" : ")");
        }
    }

    /** The integers from {@code lo} to {@code hi}, both included. */
    record IntegerRange(long lo, long hi) implements Domain {
        public IntegerRange {
            if (lo > hi) {
                throw new IllegalArgumentException("empty integer range");
            }
        }

        @Override
        public String describe() {
            return "integer [" + lo + ", " + hi + "]";
        }
    }

    /** Complex numbers whose real and imaginary parts lie in the given intervals. */
    record ComplexBox(RealInterval re, RealInterval im) implements Domain {
        @Override
        public String describe() {
            return "complex " + re.describe() + " x " + im.describe();
        }
    }
}
