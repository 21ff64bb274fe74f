package se.kvalitetsledning.avvikelse;

import java.time.Instant;

/** What a reporter sees of their own avvikelse: its status and the feedback, not the investigation. */
public record MinRapport(String id, String enhet, Instant intraffade, Instant registrerad, String beskrivning,
                         AvvikelseStatus status, String aterkoppling) {
}
