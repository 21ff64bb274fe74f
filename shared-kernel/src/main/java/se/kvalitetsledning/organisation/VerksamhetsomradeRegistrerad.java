package se.kvalitetsledning.organisation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record VerksamhetsomradeRegistrerad(VerksamhetsomradeId id, String namn, ForvaltningId forvaltning, Anvandare av, Instant tid) {
}
