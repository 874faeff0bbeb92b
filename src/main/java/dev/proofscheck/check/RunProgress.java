package dev.proofscheck.check;

/** What a corpus run tells a progress display: how many results to expect (once the files are read), and which claim it checks next. */
public interface RunProgress {
    /** Tells nothing to anyone. */
    RunProgress NONE = new RunProgress() {};

    /** Called once, before the first claim: the number of results the run will produce. */
    default void planned(int results) {}

    /** Called before each result is produced, with its {@code derivation/claim} name. */
    default void checking(String name) {}
}
