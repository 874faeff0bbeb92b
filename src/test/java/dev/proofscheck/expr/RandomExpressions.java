package dev.proofscheck.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded generator of random expressions over a few variables, for property tests. */
public final class RandomExpressions {
    private static final String[] UNARY = {"Sqrt", "Exp", "Log", "Sin", "Cos", "ArcTan", "Tanh", "Abs"};

    private final SplittableRandom random;
    private final String[] variables;

    public RandomExpressions(SplittableRandom random, String[] variables) {
        this.random = random;
        this.variables = variables;
    }

    public Expr expression(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return leaf();
        }
        switch (random.nextInt(6)) {
            case 0:
                return sum(depth);
            case 1:
                return product(depth);
            case 2:
                return Expr.power(expression(depth - 1), Expr.num(random.nextInt(5) - 2));
            case 3:
                return Expr.divide(expression(depth - 1), Expr.plus(Expr.num(2), expression(depth - 1)));
            default:
                return Expr.call(UNARY[random.nextInt(UNARY.length)], expression(depth - 1));
        }
    }

    private Expr sum(int depth) {
        List<Expr> terms = new ArrayList<>();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            terms.add(expression(depth - 1));
        }
        return new Expr.Call("Plus", terms);
    }

    private Expr product(int depth) {
        List<Expr> factors = new ArrayList<>();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            factors.add(expression(depth - 1));
        }
        return new Expr.Call("Times", factors);
    }

    private Expr leaf() {
        if (random.nextBoolean()) {
            return Expr.sym(variables[random.nextInt(variables.length)]);
        }
        int num = random.nextInt(9) + 1;
        int den = random.nextInt(3) + 1;
        return new Expr.Num(Rational.of(random.nextBoolean() ? num : -num, den));
    }
}
