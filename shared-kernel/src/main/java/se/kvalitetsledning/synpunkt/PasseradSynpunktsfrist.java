package se.kvalitetsledning.synpunkt;

/** A synpunkt's deadline that has passed unmet and awaits its reminder. */
public record PasseradSynpunktsfrist(SynpunktId id, SynpunktFristtyp typ) {
}
