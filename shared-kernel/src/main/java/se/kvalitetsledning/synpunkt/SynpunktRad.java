package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.kvalitetsledning.gemensamt.Anvandare;

/** One synpunkt in a list, without its free text and the sender's contact details. */
public record SynpunktRad(
        String id,
        String referens,
        Synpunktstyp typ,
        Kanal kanal,
        String enhet,
        SynpunktStatus status,
        Instant mottagen,
        boolean anonym,
        Anvandare handlaggare,
        boolean utredd,
        boolean besvarad,
        List<SynpunktFrist> lopandeFrister) {

    public Optional<SynpunktFrist> nastaFrist() {
        return lopandeFrister.stream().min(Comparator.comparing(SynpunktFrist::forfaller));
    }

    /** Investigated, and answered unless the sender is anonymous: what closing asks for. */
    public boolean klarForAvslut() {
        return utredd && (besvarad || anonym);
    }

    public boolean forsenad(Instant nu) {
        return lopandeFrister.stream().anyMatch(f -> f.forsenad(nu));
    }
}
