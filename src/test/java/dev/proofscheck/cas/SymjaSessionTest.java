package dev.proofscheck.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.TestSupport;
import org.junit.jupiter.api.Test;

/** Time limits on CAS calls: a runaway evaluation ends near its limit and the engine stays usable. */
class SymjaSessionTest {

    @Test
    void runawayExpansionIsStoppedWithinTheLimit() {
        SymjaSession s = TestSupport.session();
        SymjaForm names = new SymjaForm();
        long t0 = System.nanoTime();
        CasAnswer a = s.evaluate("Expand[Power[Plus[v1,v2,v3],2000]]", 1.0, names);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(CasAnswer.Status.TIMEOUT, a.status());
        assertTrue(seconds < 2.5, "took " + seconds + " s for a 1 s limit");
        CasAnswer after = s.evaluate("D[Power[v1,2],v1]", 5, names);
        assertEquals("2*v1", after.casText());
    }

    @Test
    void userNamesNeverMeetBuiltins() {
        SymjaForm names = new SymjaForm();
        String text = names.write(dev.proofscheck.expr.Expr.plus(dev.proofscheck.expr.Expr.sym("gamma"),
                dev.proofscheck.expr.Expr.sym("N")));
        assertEquals("Plus[v1,v2]", text);
        CasAnswer a = TestSupport.session().evaluate("Together[" + text + "]", 5, names);
        assertEquals("gamma+N", a.text().replace(" ", ""));
    }

    @Test
    void unknownHeadsAreNeverSent() {
        SymjaForm names = new SymjaForm();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> names.write(
                dev.proofscheck.expr.Expr.call("Run", dev.proofscheck.expr.Expr.sym("x"))));
    }
}
