package se.kvalitetsledning.avvikelse;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;

/** Test data: one avvikelse at gruppbostaden Eken, the people around it and the events of its handling. */
final class AvvikelseFixtures {

    static final AvvikelseId ID = AvvikelseId.av("6f7d2c1e-3b9a-4c55-9a51-0b2f1c7e8d42");
    static final Instant NU = Instant.parse("2025-03-10T09:00:00Z");
    static final Instant INTRAFFADE = NU.minus(Duration.ofHours(3));
    static final Instant SENARE = NU.plus(Duration.ofDays(1));
    static final EnhetId EKEN = new EnhetId("gruppbostad-eken");
    static final EnhetId ASKEN = new EnhetId("gruppbostad-asken");
    static final KategoriId LAKEMEDEL = new KategoriId("lakemedel");

    static final Anvandare MEDARBETARE = new Anvandare("anna.a", "Anna Andersson");
    static final Anvandare HANDLAGGARE = new Anvandare("bertil.b", "Bertil Berg");
    static final Anvandare HANDLAGGARE_ASKEN = new Anvandare("david.d", "David Dahl");
    static final Anvandare KVALITETSSAMORDNARE = new Anvandare("cecilia.c", "Cecilia Ceder");

    private AvvikelseFixtures() {
    }

    static Aktor aktorMedarbetare() {
        return new Aktor(MEDARBETARE, Set.of(Roll.MEDARBETARE), Set.of(EKEN));
    }

    static Aktor aktorHandlaggare() {
        return new Aktor(HANDLAGGARE, Set.of(Roll.MEDARBETARE, Roll.HANDLAGGARE), Set.of(EKEN));
    }

    static Aktor aktorHandlaggareAnnanEnhet() {
        return new Aktor(HANDLAGGARE_ASKEN, Set.of(Roll.MEDARBETARE, Roll.HANDLAGGARE), Set.of(ASKEN));
    }

    /** Works for the whole förvaltning and belongs to no enhet. */
    static Aktor aktorKvalitetssamordnare() {
        return new Aktor(KVALITETSSAMORDNARE, Set.of(Roll.KVALITETSSAMORDNARE), Set.of());
    }

    static RegistreraAvvikelse registrera(AvvikelseId id) {
        return new RegistreraAvvikelse(id, EKEN, INTRAFFADE, "Köket", "Kvällsmedicinen gavs till fel brukare",
                "Sjuksköterskan kontaktades", 2, LAKEMEDEL, "B-17", false, aktorMedarbetare(), NU);
    }

    static AvvikelseRegistrerad registrerad(AvvikelseId id) {
        return new AvvikelseRegistrerad(id, EKEN, INTRAFFADE, "Köket", "Kvällsmedicinen gavs till fel brukare",
                "Sjuksköterskan kontaktades", 2, LAKEMEDEL, "B-17", false, MEDARBETARE, NU, null);
    }

    static AvvikelseRegistrerad registreradSomMojligtMissforhallande(AvvikelseId id) {
        return new AvvikelseRegistrerad(id, EKEN, INTRAFFADE, "Gemensamma rummet",
                "En brukare knuffades av en kollega", null, 3, null, "B-17", true, MEDARBETARE, NU, null);
    }

    static AvvikelseKlassificerad klassificerad(AvvikelseId id) {
        return new AvvikelseKlassificerad(id, LAKEMEDEL, Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), 2, 2,
                HANDLAGGARE, NU);
    }

    static UtredningDokumenterad utredd(AvvikelseId id) {
        return new UtredningDokumenterad(id, Set.of(Orsaksomrade.PROCEDURER_RUTINER_RIKTLINJER),
                Set.of(BakomliggandeOrsak.RUTIN_SAKNAS_ELLER_FOLJS_INTE), "Signeringslistan kontrollerades inte",
                HANDLAGGARE, NU);
    }

    static AterkopplingGiven aterkopplingGiven(AvvikelseId id) {
        return new AterkopplingGiven(id, "Tack! Rutinen för signering är uppdaterad.", HANDLAGGARE, NU);
    }

    static AterkopplingUtebliven aterkopplingUtebliven(AvvikelseId id) {
        return new AterkopplingUtebliven(id, "Rapportören har slutat", HANDLAGGARE, NU);
    }

    static AvvikelseEskaleradTillLexSarah eskalerad(AvvikelseId id) {
        return new AvvikelseEskaleradTillLexSarah(id, "Utreds som lex Sarah", HANDLAGGARE, NU);
    }

    static MissforhallandeAvskrivet missforhallandeAvskrivet(AvvikelseId id) {
        return new MissforhallandeAvskrivet(id, "Ingen risk för brukaren", HANDLAGGARE, NU);
    }

    static AvvikelseAvslutad avslutad(AvvikelseId id) {
        return new AvvikelseAvslutad(id, Set.of(), null, HANDLAGGARE, NU);
    }

    /** Classified, investigated and fed back: everything a closing needs. */
    static Object[] klarForAvslut(AvvikelseId id) {
        return new Object[] {registrerad(id), klassificerad(id), utredd(id), aterkopplingGiven(id)};
    }

    static Object[] avslutadAvvikelse(AvvikelseId id) {
        return new Object[] {registrerad(id), klassificerad(id), utredd(id), aterkopplingGiven(id), avslutad(id)};
    }
}
