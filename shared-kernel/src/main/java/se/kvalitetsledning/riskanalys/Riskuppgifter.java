package se.kvalitetsledning.riskanalys;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.gemensamt.PersonligUppgift;

/**
 * One risk of an analysis: what could happen and why, its assessment, the barriers that exist and the measures
 * proposed, the risk that would remain after them (optional, but then both scales), when it is to be reviewed, and
 * the case it came from, if any: an avvikelse, a lex Sarah case, a synpunkt or an egenkontroll (by the check's id).
 */
public record Riskuppgifter(
        @PersonligUppgift @NotBlank(message = "Beskriv risken") @Size(max = 2000, message = "Högst 2000 tecken")
        String beskrivning,
        @PersonligUppgift @Size(max = 2000, message = "Högst 2000 tecken") String orsak,
        @NotNull(message = "Ange konsekvens och sannolikhet") @Valid Riskbedomning bedomning,
        @PersonligUppgift @Size(max = 2000, message = "Högst 2000 tecken") String befintligaBarriarer,
        @PersonligUppgift @Size(max = 2000, message = "Högst 2000 tecken") String foreslagnaAtgarder,
        @Valid Riskbedomning kvarvarande,
        LocalDate granskningsdatum,
        Kalla kalla) {
}
