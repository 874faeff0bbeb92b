package dev.proofscheck.export;

import java.util.List;

/** Renders exported derivations as the text of one format (LaTeX, Java source, ...). */
public interface ExportTarget {
    String render(List<ExportedDerivation> derivations);
}
