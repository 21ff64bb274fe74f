package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Andringsutskick;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.kvalitetsberattelse.Avsnitt;
import se.kvalitetsledning.kvalitetsberattelse.FaststallKvalitetsberattelse;
import se.kvalitetsledning.kvalitetsberattelse.GenereraOmKvalitetsberattelse;
import se.kvalitetsledning.kvalitetsberattelse.HamtaKvalitetsberattelse;
import se.kvalitetsledning.kvalitetsberattelse.Innehall;
import se.kvalitetsledning.kvalitetsberattelse.KommenteraTabell;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseId;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseRad;
import se.kvalitetsledning.kvalitetsberattelse.ListaKvalitetsberattelser;
import se.kvalitetsledning.kvalitetsberattelse.Omfang;
import se.kvalitetsledning.kvalitetsberattelse.PaborjaNyUtgava;
import se.kvalitetsledning.kvalitetsberattelse.SkapaKvalitetsberattelse;
import se.kvalitetsledning.kvalitetsberattelse.SkrivAvsnittstext;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/**
 * Creates, reads and changes kvalitetsberättelser for ledning and kvalitetssamordnare; every change is sent with the
 * version its sender saw and answered once the read side shows it.
 */
@Service
public class KvalitetsberattelseTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);
    /** The processing group of the projection the API reads. */

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Andringsutskick andringar;
    private final Kvalitetsberattelsegenerator generator;
    private final Lasmodellvakt lasmodellvakt;
    private final Tidsresegenerator tidsresegenerator;
    private final Clock clock;

    KvalitetsberattelseTjanst(CommandGateway commandGateway, QueryGateway queryGateway, Andringsutskick andringar,
                              Kvalitetsberattelsegenerator generator, Lasmodellvakt lasmodellvakt,
                              Tidsresegenerator tidsresegenerator, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.andringar = andringar;
        this.generator = generator;
        this.lasmodellvakt = lasmodellvakt;
        this.tidsresegenerator = tidsresegenerator;
        this.clock = clock;
    }

    /** Generates the numbers and creates the draft; a second one for the same year and scope is a conflict. */
    public KvalitetsberattelseId skapa(Aktor aktor, int ar, Omfang omfang) {
        kravLasare(aktor);
        if (ar > clock.instant().atZone(SvenskTid.ZON).getYear()) {
            throw new OgiltigIndata("ar", "En kvalitetsberättelse skrivs för ett år som har börjat");
        }
        KvalitetsberattelseId id = KvalitetsberattelseId.forAr(ar, omfang);
        Instant nu = clock.instant();
        Innehall innehall = generator.generera(ar, omfang, nu);
        commandGateway.sendAndWait(new SkapaKvalitetsberattelse(id, ar, omfang, innehall, aktor, nu));
        vantaPaLasmodellen(id, 0);
        return id;
    }

    public List<KvalitetsberattelseRad> lista(Aktor aktor) {
        kravLasare(aktor);
        return queryGateway.query(new ListaKvalitetsberattelser(),
                ResponseTypes.multipleInstancesOf(KvalitetsberattelseRad.class)).join();
    }

    public KvalitetsberattelseDetaljer krav(Aktor aktor, KvalitetsberattelseId id) {
        kravLasare(aktor);
        return hamta(id).orElseThrow(() -> new KvalitetsberattelseSaknas(id));
    }

    /**
     * The current edition (no {@code nummer}, or its own), or an earlier one as it was fastställd, in the shape of the
     * current one; 404 for an edition there is not.
     */
    public KvalitetsberattelseDetaljer utgava(Aktor aktor, KvalitetsberattelseId id, Integer nummer) {
        KvalitetsberattelseDetaljer berattelse = krav(aktor, id);
        if (nummer == null || nummer == berattelse.utgava()) {
            return berattelse;
        }
        return berattelse.tidigareUtgavor().stream()
                .filter(u -> u.utgava() == nummer)
                .findFirst()
                .map(u -> new KvalitetsberattelseDetaljer(berattelse.id(), berattelse.version(), berattelse.ar(),
                        berattelse.omfang(), u.omfangsnamn(), u.utgava(), true, berattelse.skapadAv(),
                        berattelse.skapad(), null, u.faststalldAv(), u.faststalldTid(), u.avsnitt(), List.of()))
                .orElseThrow(() -> new UtgavaSaknas(id, nummer));
    }

    /** The numbers as they would have been generated at {@code datum}, from the events stored by then. */
    KvalitetsberattelsePer per(Aktor aktor, KvalitetsberattelseId id, String datum) {
        KvalitetsberattelseDetaljer berattelse = krav(aktor, id);
        Instant per = Tidpunkt.tolka(datum, clock.instant());
        return KvalitetsberattelsePer.av(berattelse, per,
                tidsresegenerator.generera(berattelse.ar(), berattelse.omfang(), per));
    }

    public long genereraOm(Aktor aktor, KvalitetsberattelseId id, long version) {
        KvalitetsberattelseDetaljer berattelse = krav(aktor, id);
        // generated as of the moment the command carries, so that the edition's genererad is its tables' "per"
        return skicka(id, version, (v, tid) -> new GenereraOmKvalitetsberattelse(id, v,
                generator.generera(berattelse.ar(), berattelse.omfang(), tid), aktor, tid));
    }

    public long skrivText(Aktor aktor, KvalitetsberattelseId id, long version, Avsnitt avsnitt, String text) {
        krav(aktor, id);
        return skicka(id, version, (v, tid) -> new SkrivAvsnittstext(id, v, avsnitt, text, aktor, tid));
    }

    public long kommentera(Aktor aktor, KvalitetsberattelseId id, long version, String tabell, String kommentar) {
        krav(aktor, id);
        return skicka(id, version, (v, tid) -> new KommenteraTabell(id, v, tabell, kommentar, aktor, tid));
    }

    public long faststall(Aktor aktor, KvalitetsberattelseId id, long version) {
        krav(aktor, id);
        return skicka(id, version, (v, tid) -> new FaststallKvalitetsberattelse(id, v, aktor, tid));
    }

    public long nyUtgava(Aktor aktor, KvalitetsberattelseId id, long version, String anledning) {
        krav(aktor, id);
        return skicka(id, version, (v, tid) -> new PaborjaNyUtgava(id, v, anledning, aktor, tid));
    }

    /** Ledning and kvalitetssamordnare write the berättelse and read its drafts. */
    public static boolean farSkriva(Aktor aktor) {
        return aktor.har(Roll.LEDNING) || aktor.har(Roll.KVALITETSSAMORDNARE);
    }

    private static void kravLasare(Aktor aktor) {
        if (!farSkriva(aktor)) {
            throw new BehorighetSaknas("Kvalitetsberättelsen skrivs av ledning och kvalitetssamordnare");
        }
    }

    private long skicka(KvalitetsberattelseId id, long version, Andringsutskick.Kommando kommando) {
        return andringar.skicka(version, kommando, ny -> vantaPaLasmodellen(id, ny));
    }

    private void vantaPaLasmodellen(KvalitetsberattelseId id, long minstVersion) {
        lasmodellvakt.vanta(GlesaProjektioner.NAMN, id.toString(), minstVersion,
                () -> hamta(id).filter(b -> b.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }

    private Optional<KvalitetsberattelseDetaljer> hamta(KvalitetsberattelseId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaKvalitetsberattelse(id),
                KvalitetsberattelseDetaljer.class).join());
    }
}
