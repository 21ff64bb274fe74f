package se.kvalitetsledning.organisation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

import se.kvalitetsledning.gemensamt.Anvandare;

@Revision("1")
public record ForvaltningRegistrerad(ForvaltningId id, String namn, Anvandare av, Instant tid) {
}
