package se.kvalitetsledning.avvikelse;

import java.time.Instant;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;

/** Events of an avvikelse's life with sensible defaults; each test states only what it is about. */
final class AvvikelseFixtures {

    static final Anvandare LISA = new Anvandare("lisa", "Lisa Larsson");
    static final Anvandare OMAR = new Anvandare("omar", "Omar Said");
    static final Anvandare ANNA = new Anvandare("anna", "Anna Andersson");
    static final Instant DAG = Instant.parse("2025-03-10T09:00:00Z");

    private AvvikelseFixtures() {
    }

    static Registrering registrering(AvvikelseId id) {
        return new Registrering(id);
    }

    static AvvikelseTilldelad tilldelad(AvvikelseId id, Anvandare handlaggare) {
        return new AvvikelseTilldelad(id, handlaggare, ANNA, DAG.plusSeconds(3600));
    }

    static AvvikelseKlassificerad klassificerad(AvvikelseId id, String kategori, int konsekvens, int sannolikhet,
                                                Kvalitetsomrade... omraden) {
        return new AvvikelseKlassificerad(id, new KategoriId(kategori), Set.of(omraden), konsekvens, sannolikhet,
                ANNA, DAG.plusSeconds(2 * 3600));
    }

    static UtredningDokumenterad utredd(AvvikelseId id) {
        return new UtredningDokumenterad(id, Set.of(Orsaksomrade.PROCEDURER_RUTINER_RIKTLINJER),
                Set.of(BakomliggandeOrsak.RUTIN_SAKNAS_ELLER_FOLJS_INTE), "Signeringslistan saknades på kvällen.",
                ANNA, DAG.plusSeconds(3 * 3600));
    }

    static AtgarderBeslutade atgarder(AvvikelseId id) {
        return new AtgarderBeslutade(id, "Ny rutin för signering vid kvällsmedicinering.", ANNA,
                DAG.plusSeconds(4 * 3600));
    }

    static AvvikelseEskaleradTillLexSarah eskalerad(AvvikelseId id) {
        return new AvvikelseEskaleradTillLexSarah(id, "Påtaglig risk", ANNA, DAG.plusSeconds(4 * 3600));
    }

    static MissforhallandeAvskrivet avskrivet(AvvikelseId id) {
        return new MissforhallandeAvskrivet(id, "Ingen risk för brukaren", ANNA, DAG.plusSeconds(4 * 3600));
    }

    static AterkopplingGiven aterkoppling(AvvikelseId id, String text) {
        return new AterkopplingGiven(id, text, ANNA, DAG.plusSeconds(5 * 3600));
    }

    static AterkopplingUtebliven uteblivenAterkoppling(AvvikelseId id) {
        return new AterkopplingUtebliven(id, "Rapportören har slutat", ANNA, DAG.plusSeconds(5 * 3600));
    }

    static AvvikelseAvslutad avslutad(AvvikelseId id) {
        return new AvvikelseAvslutad(id, Set.of(), null, ANNA, DAG.plusSeconds(6 * 3600));
    }

    static AvvikelseAteroppnad ateroppnad(AvvikelseId id) {
        return new AvvikelseAteroppnad(id, "Samma fel igen dagen efter", ANNA, DAG.plusSeconds(7 * 3600));
    }

    static final class Registrering {

        private final AvvikelseId id;
        private String enhet = "eken";
        private Instant intraffade = DAG.minusSeconds(3600);
        private String plats = "Gruppbostad Eken, kök";
        private String beskrivning = "Kvällsmedicinen gavs inte i tid.";
        private String kategori;
        private boolean mojligtMissforhallande;
        private Anvandare rapportor = LISA;
        private Instant registrerad = DAG;

        private Registrering(AvvikelseId id) {
            this.id = id;
        }

        Registrering enhet(String enhet) {
            this.enhet = enhet;
            return this;
        }

        Registrering intraffade(String tid) {
            this.intraffade = Instant.parse(tid);
            this.registrerad = intraffade.plusSeconds(3600);
            return this;
        }

        Registrering registrerad(String tid) {
            this.registrerad = Instant.parse(tid);
            return this;
        }

        Registrering plats(String plats) {
            this.plats = plats;
            return this;
        }

        Registrering beskrivning(String beskrivning) {
            this.beskrivning = beskrivning;
            return this;
        }

        Registrering foreslagenKategori(String kategori) {
            this.kategori = kategori;
            return this;
        }

        Registrering mojligtMissforhallande() {
            this.mojligtMissforhallande = true;
            return this;
        }

        Registrering rapportor(Anvandare rapportor) {
            this.rapportor = rapportor;
            return this;
        }

        AvvikelseRegistrerad event() {
            return new AvvikelseRegistrerad(id, new EnhetId(enhet), intraffade, plats, beskrivning,
                    "Ringde sjuksköterskan", 2, kategori == null ? null : new KategoriId(kategori), "B-17",
                    mojligtMissforhallande, rapportor, registrerad, null);
        }
    }
}
