package se.kvalitetsledning.infra.indikator;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.indikator.DefinieraIndikator;
import se.kvalitetsledning.indikator.HamtaIndikator;
import se.kvalitetsledning.indikator.IndikatorDetaljer;
import se.kvalitetsledning.indikator.IndikatorId;
import se.kvalitetsledning.indikator.ListaIndikatorer;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/**
 * Defines indikatorer and reads them. An enhet's goals are open to everyone who works there, and to admins; they
 * hold no personal data.
 */
@Service
public class IndikatorTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Referensdata referensdata;
    private final Lasmodellvakt lasmodellvakt;
    private final Indikatorberakning berakning;
    private final Clock clock;

    IndikatorTjanst(CommandGateway commandGateway, QueryGateway queryGateway, Referensdata referensdata,
                    Lasmodellvakt lasmodellvakt, Indikatorberakning berakning, Clock clock) {
        this.commandGateway = commandGateway;
        this.berakning = berakning;
        this.queryGateway = queryGateway;
        this.referensdata = referensdata;
        this.lasmodellvakt = lasmodellvakt;
        this.clock = clock;
    }

    /** A retry with the same id defines nothing more. */
    public IndikatorId definiera(Aktor aktor, NyIndikator ny) {
        if (referensdata.enhet(ny.enhet()).isEmpty()) {
            throw new OgiltigIndata("enhet", "Okänd enhet: " + ny.enhet());
        }
        IndikatorId id = ny.id() == null ? IndikatorId.nytt() : IndikatorId.av(ny.id());
        try {
            commandGateway.sendAndWait(new DefinieraIndikator(id, new EnhetId(ny.enhet()), ny.namn(),
                    ny.enhetsbeteckning(), ny.riktning(), ny.mal(), ny.gulMarginal(), ny.kalla(), ny.fran(), aktor,
                    clock.instant()));
        } catch (AggregateStreamCreationException redanDefinierad) {
            vantaPaLasmodellen(id, 0);
            if (hamta(aktor, id).filter(d -> d.enhet().equals(ny.enhet())).isEmpty()) {
                throw new OgiltigIndata("id", "Id:t används redan av en annan indikator");
            }
            return id;
        }
        vantaPaLasmodellen(id, 0);
        return id;
    }

    public Optional<IndikatorDetaljer> hamta(Aktor aktor, IndikatorId id) {
        return hamta(id).filter(d -> farLasa(aktor, d.enhet()));
    }

    /** 404 when there is none, 403 to one who does not work at its enhet. */
    public IndikatorDetaljer krav(Aktor aktor, IndikatorId id) {
        IndikatorDetaljer indikator = hamta(id).orElseThrow(() -> new IndikatorSaknas(id));
        if (!farLasa(aktor, indikator.enhet())) {
            throw new BehorighetSaknas("En enhets indikatorer är öppna för dem som arbetar där");
        }
        return indikator;
    }

    /** One indikator as it is shown: a computed one with its values of the last months. */
    public IndikatorDetaljer visa(Aktor aktor, IndikatorId id) {
        return berakning.medVarden(krav(aktor, id));
    }

    /**
     * The indikatorer of the requested enheter the actor may read, with none requested of all they may read; the
     * computed ones with their values of the last months.
     */
    public List<IndikatorDetaljer> lista(Aktor aktor, Set<String> enheter) {
        Set<String> lasbara = aktor.har(Roll.ADMIN)
                ? referensdata.enheter().stream().map(Organisationsnod::id).collect(Collectors.toSet())
                : aktor.enheter().stream().map(EnhetId::value).collect(Collectors.toSet());
        if (enheter != null && !enheter.isEmpty()) {
            lasbara.retainAll(enheter);
        }
        return queryGateway.query(new ListaIndikatorer(lasbara),
                ResponseTypes.multipleInstancesOf(IndikatorDetaljer.class)).join().stream()
                .map(berakning::medVarden).toList();
    }

    public void vantaPaLasmodellen(IndikatorId id, long minstVersion) {
        lasmodellvakt.vanta(GlesaProjektioner.NAMN, id.toString(), minstVersion,
                () -> hamta(id).filter(d -> d.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }

    private static boolean farLasa(Aktor aktor, String enhet) {
        return aktor.har(Roll.ADMIN) || aktor.tillhor(new EnhetId(enhet));
    }

    private Optional<IndikatorDetaljer> hamta(IndikatorId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaIndikator(id), IndikatorDetaljer.class).join());
    }
}
