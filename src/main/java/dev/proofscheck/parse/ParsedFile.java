package dev.proofscheck.parse;

import dev.proofscheck.model.Derivation;
import java.util.List;

/**
 * The result of reading one file: the derivation with its well-formed claims (null if the file as a
 * whole is unusable), and every input error found, each with its position.
 */
public record ParsedFile(String file, Derivation derivation, List<InputError> errors) {
    public ParsedFile {
        errors = List.copyOf(errors);
    }
}
