package se.kvalitetsledning.lexsarah;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A deadline no longer applies (the case closed, or a revised assessment no longer requires an anmälan). */
@Revision("1")
public record FristUpphavd(
        LexSarahId id,
        Fristtyp typ,
        String anledning,
        Instant tid) {
}
