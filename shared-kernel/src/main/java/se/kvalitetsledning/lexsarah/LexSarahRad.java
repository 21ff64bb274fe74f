package se.kvalitetsledning.lexsarah;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.kvalitetsledning.gemensamt.Anvandare;

/** One case in a list: its stage, deadlines, level and anmälan, without its free text. */
public record LexSarahRad(
        String id,
        String enhet,
        Instant mottagen,
        LexSarahStadium stadium,
        Rapportsatt rapportsatt,
        Anvandare utredare,
        Bedomningsniva niva,
        LocalDate anmalanSkickad,
        String diarienummer,
        boolean saknarOmedelbaraAtgarder,
        boolean utrett,
        List<Frist> lopandeFrister,
        Instant avslutad) {

    public Optional<Frist> nastaFrist() {
        return lopandeFrister.stream().min(Comparator.comparing(Frist::forfaller));
    }

    public boolean forsenad(Instant nu) {
        return lopandeFrister.stream().anyMatch(f -> f.forsenad(nu));
    }
}
