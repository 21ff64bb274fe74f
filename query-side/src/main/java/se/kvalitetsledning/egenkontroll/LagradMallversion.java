package se.kvalitetsledning.egenkontroll;

import java.util.List;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** A published version as stored in the read model: without the template's id (the document has it), no UUID. */
record LagradMallversion(
        int nummer,
        String namn,
        String beskrivning,
        Set<Kvalitetsomrade> kvalitetsomraden,
        List<Fraga> fragor,
        Trosklar trosklar) {

    static LagradMallversion av(Mallversion version) {
        return new LagradMallversion(version.nummer(), version.namn(), version.beskrivning(),
                version.kvalitetsomraden(), version.fragor(), version.trosklar());
    }

    Mallversion mallversion(String mall) {
        return new Mallversion(KontrollmallId.av(mall), nummer, namn, beskrivning, kvalitetsomraden, fragor,
                trosklar);
    }
}
