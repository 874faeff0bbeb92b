package dev.proofscheck.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared list of checkable claims ({@code claims-index.tsv}: id, seed, section, locator, line,
 * check, claim), so that a claim's {@code index} can be checked to name a real row.
 */
public final class ClaimsIndex {
    /** One row: its stable id, the seed (000..003), the section, the locator, the check codes and the claim text. */
    public record Row(String id, String seed, String section, String locator, String check, String claim) {}

    private final Map<String, Row> rowsById;
    private final Path source;

    private ClaimsIndex(Map<String, Row> rowsById, Path source) {
        this.rowsById = rowsById;
        this.source = source;
    }

    /** Reads the index file; rows are tab-separated with a header line. */
    public static ClaimsIndex read(Path tsv) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv);
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length >= 7 && !cols[0].isBlank()) {
                rows.put(cols[0].trim(), new Row(cols[0].trim(), cols[1], cols[2], cols[3], cols[5], cols[6]));
            }
        }
        return new ClaimsIndex(rows, tsv);
    }

    /**
     * The index beside the project ({@code ../shared/claims-index.tsv} from the project root given by
     * {@code PROOFS_CHECK_HOME}, or from the working directory), if there is one.
     */
    public static Optional<ClaimsIndex> findShared() {
        String home = System.getenv("PROOFS_CHECK_HOME");
        Path root = home != null && !home.isBlank() ? Path.of(home) : Path.of("").toAbsolutePath();
        Path tsv = root.resolve("../shared/claims-index.tsv").normalize();
        if (!Files.isRegularFile(tsv)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(tsv));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean contains(String id) {
        return rowsById.containsKey(id);
    }

    /** Rows in file order, by id. */
    public Map<String, Row> rows() {
        return java.util.Collections.unmodifiableMap(rowsById);
    }

    public Path source() {
        return source;
    }
}
