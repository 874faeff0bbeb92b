package dev.proofscheck.export;

import java.util.List;

/**
 * What one derivation exports: its definitions and claim parts in file order, and notes on what is
 * not exported (a matrix claim, a fixed point's starting values, ...).
 */
public record ExportedDerivation(String id, String title, String file, List<ExportItem> items, List<String> notExported) {
    public ExportedDerivation {
        items = List.copyOf(items);
        notExported = List.copyOf(notExported);
    }
}
