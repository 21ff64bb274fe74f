package se.kvalitetsledning.organisation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record EnhetRegistrerad(EnhetId id, String namn, VerksamhetsomradeId verksamhetsomrade, ForvaltningId forvaltning, Anvandare av, Instant tid) {
}
