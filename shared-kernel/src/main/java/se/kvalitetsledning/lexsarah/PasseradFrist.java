package se.kvalitetsledning.lexsarah;

/** A deadline that has passed unmet and awaits its reminder. */
public record PasseradFrist(LexSarahId id, Fristtyp typ) {
}
