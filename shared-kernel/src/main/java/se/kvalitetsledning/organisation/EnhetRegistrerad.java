package se.kvalitetsledning.organisation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EnhetRegistrerad(EnhetId id, String namn, VerksamhetsomradeId verksamhetsomrade, ForvaltningId forvaltning) {
}
