package se.kvalitetsledning.lexsarah;

import java.time.Instant;

/** The reporter's receipt: that the rapport was received and whether it is closed, not the investigation. */
public record MinLexSarahRapport(String id, String enhet, Instant mottagen, Instant registrerad,
                                 Rapportsatt rapportsatt, boolean avslutad) {
}
