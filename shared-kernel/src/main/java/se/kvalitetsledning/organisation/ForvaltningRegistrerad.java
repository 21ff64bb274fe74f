package se.kvalitetsledning.organisation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ForvaltningRegistrerad(ForvaltningId id, String namn) {
}
