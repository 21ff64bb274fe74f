package se.kvalitetsledning.organisation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record VerksamhetsomradeRegistrerad(VerksamhetsomradeId id, String namn, ForvaltningId forvaltning) {
}
