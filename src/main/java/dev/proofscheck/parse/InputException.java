package dev.proofscheck.parse;

import dev.proofscheck.model.SourcePosition;

/** Thrown inside the reader when a part of a file is unusable; caught and turned into an {@link InputError}. */
class InputException extends Exception {
    private final SourcePosition position;

    InputException(SourcePosition position, String message) {
        super(message);
        this.position = position;
    }

    SourcePosition position() {
        return position;
    }
}
