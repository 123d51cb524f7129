package nl.werving.governance;

/** What a deployed definition is. */
public enum DefinitionKind {
    PROCESS, DECISION, FORM
}
