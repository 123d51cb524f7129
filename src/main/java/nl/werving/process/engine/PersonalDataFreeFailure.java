package nl.werving.process.engine;

/**
 * An exception whose message Werving writes itself from ids and references only, so that an operator reads it as it
 * is in the incident and the job log; the messages of its causes are still left out ({@link FailureRedaction}).
 */
public interface PersonalDataFreeFailure {
}
