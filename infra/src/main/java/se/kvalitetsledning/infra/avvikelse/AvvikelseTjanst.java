package se.kvalitetsledning.infra.avvikelse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.AvvikelseSida;
import se.kvalitetsledning.avvikelse.HamtaAvvikelse;
import se.kvalitetsledning.avvikelse.ListaAvvikelser;
import se.kvalitetsledning.avvikelse.ListaMinaRapporter;
import se.kvalitetsledning.avvikelse.MinaRapporterSida;
import se.kvalitetsledning.avvikelse.MinRapport;
import se.kvalitetsledning.avvikelse.RaknaAvvikelser;
import se.kvalitetsledning.avvikelse.RegistreraAvvikelse;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.kategori.KategoriId;
import se.kvalitetsledning.organisation.EnhetId;

/**
 * What the web UI and the API share: commands built with the actor and the clock, reference data checked before
 * the command bus, reads limited to what the actor may see, and read-your-writes after each command.
 */
@Service
public class AvvikelseTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);
    /** The processing group of the projection the case pages read. */
    private static final String PROJEKTION = "avvikelse";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Referensdata referensdata;
    private final Lasmodellvakt lasmodellvakt;
    private final Clock clock;

    AvvikelseTjanst(CommandGateway commandGateway, QueryGateway queryGateway, Referensdata referensdata,
                    Lasmodellvakt lasmodellvakt, Clock clock) {
        this.lasmodellvakt = lasmodellvakt;
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.referensdata = referensdata;
        this.clock = clock;
    }

    public AvvikelseId registrera(Aktor aktor, NyAvvikelse ny) {
        if (referensdata.enhet(ny.enhet()).isEmpty()) {
            throw new OgiltigIndata("enhet", "Okänd enhet: " + ny.enhet());
        }
        String kategori = StringUtils.hasText(ny.kategori()) ? ny.kategori() : null;
        if (kategori != null) {
            kontrolleraKategori("kategori", kategori);
        }
        Instant intraffade = ny.intraffade().atZone(SvenskTid.ZON).toInstant();
        Instant nu = clock.instant();
        if (intraffade.isAfter(nu)) {
            throw new OgiltigIndata("intraffade", "Tidpunkten då avvikelsen inträffade får inte ligga i framtiden");
        }
        AvvikelseId id = ny.id() == null ? AvvikelseId.nytt() : AvvikelseId.av(ny.id());
        try {
            commandGateway.sendAndWait(new RegistreraAvvikelse(id, new EnhetId(ny.enhet()), intraffade,
                    ny.plats(), ny.beskrivning(), ny.omedelbaraAtgarder(), ny.konsekvensForPerson(),
                    kategori == null ? null : new KategoriId(kategori), ny.brukarreferens(),
                    ny.mojligtMissforhallande(), aktor, nu));
        } catch (AggregateStreamCreationException redanRegistrerad) {
            vantaPaLasmodellen(id, 0);
            if (minRapport(aktor, id).isEmpty()) {
                throw new OgiltigIndata("id", "Id:t används redan av en annan avvikelse");
            }
            return id;
        }
        vantaPaLasmodellen(id, 0);
        return id;
    }

    public void kontrolleraKategori(String falt, String kategori) {
        if (!referensdata.valbarKategori(kategori)) {
            throw new OgiltigIndata(falt, referensdata.kategori(kategori).isPresent()
                    ? "Kategorin " + kategori + " är avvecklad och kan inte väljas"
                    : "Okänd kategori: " + kategori);
        }
    }

    /** The whole case, for those who may read the enhet's cases. */
    public Optional<AvvikelseDetaljer> hamta(Aktor aktor, AvvikelseId id) {
        return hamta(id).filter(a -> aktor.farLasa(new EnhetId(a.enhet())));
    }

    /** One of the user's own reports, if the id is one. */
    public Optional<MinRapport> minRapport(Aktor aktor, AvvikelseId id) {
        return sidanMed(aktor, id, 1).rapporter().stream().filter(r -> r.id().equals(id.toString())).findFirst();
    }

    /** A page (counted from 0) of the user's own reports, the last registered first. */
    public MinaRapporterSida minaRapporter(Aktor aktor, int sida, int storlek) {
        return queryGateway.query(ListaMinaRapporter.sida(aktor.anvandare().anvandarnamn(), sida, storlek),
                MinaRapporterSida.class).join();
    }

    /** The page of the user's own reports that holds the report, or the first page when the id is not theirs. */
    public MinaRapporterSida sidanMed(Aktor aktor, AvvikelseId id, int storlek) {
        return queryGateway.query(ListaMinaRapporter.sidanMed(aktor.anvandare().anvandarnamn(), id.toString(),
                storlek), MinaRapporterSida.class).join();
    }

    public AvvikelseSida lista(ListaAvvikelser fraga) {
        return queryGateway.query(fraga, AvvikelseSida.class).join();
    }

    public List<AvvikelseRakning> rakna(RaknaAvvikelser fraga) {
        return queryGateway.query(fraga, ResponseTypes.multipleInstancesOf(AvvikelseRakning.class)).join();
    }

    private Optional<AvvikelseDetaljer> hamta(AvvikelseId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaAvvikelse(id), AvvikelseDetaljer.class).join());
    }

    /**
     * Waits, for a few seconds at most, until the read side shows the case at the given version, so the next page
     * the user sees has their change.
     */
    public void vantaPaLasmodellen(AvvikelseId id, long minstVersion) {
        lasmodellvakt.vanta(PROJEKTION, id.toString(), minstVersion,
                () -> hamta(id).filter(a -> a.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }
}
