package se.kvalitetsledning.atgard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** One åtgärd on the board or in the list, without its free text. */
public record AtgardRad(
        String id,
        String titel,
        Atgardstyp typ,
        Set<Kvalitetsomrade> kvalitetsomraden,
        List<String> enheter,
        Anvandare agare,
        LocalDate forfallodatum,
        Prioritet prioritet,
        AtgardStatus status,
        List<Kalla> kallor,
        Effektutfall effekt) {

    public boolean forsenad(LocalDate idag) {
        return status.oppen() && idag.isAfter(forfallodatum);
    }
}
