package dev.proofscheck.cas;

/**
 * Symja's TeX parser ({@code ToExpression[tex, TeXForm]}) behind our session's time limit: used to
 * check that exported LaTeX reads back to the expression it came from. Only text our own LaTeX printer
 * wrote is passed; it reaches Symja as a string literal, never as Symja input.
 */
public final class SymjaTeX {
    private final SymjaSession session;

    public SymjaTeX(SymjaSession session) {
        this.session = session;
    }

    /** Symja's reading of {@code tex} in Wolfram input form, or null when it failed or timed out. */
    public String read(String tex, double seconds) {
        String literal = "\"" + tex.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        CasAnswer a = session.evaluate("ToExpression[" + literal + ",TeXForm]", seconds, new SymjaForm());
        return a.ok() ? a.text() : null;
    }
}
