package se.kvalitetsledning.infra.kvalitetsrad;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.axon.Lasmodellvakt;
import se.kvalitetsledning.infra.sammanstallning.Manadssammanstallning;
import se.kvalitetsledning.infra.sammanstallning.ManadssammanstallningTjanst;
import se.kvalitetsledning.infra.sammanstallning.Omfattning;
import se.kvalitetsledning.kvalitetsrad.HamtaKvalitetsradsmote;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradAtkomst;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteId;
import se.kvalitetsledning.kvalitetsrad.ListaKvalitetsradsmoten;
import se.kvalitetsledning.kvalitetsrad.Motesomfattning;
import se.kvalitetsledning.kvalitetsrad.PlaneraKvalitetsradsmote;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/** Plans the kvalitetsråd's meetings and reads them; open to kvalitetssamordnare and ledning. */
@Service
public class KvalitetsradsmoteTjanst {

    private static final Duration LASMODELL_VANTAN = Duration.ofSeconds(5);

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ManadssammanstallningTjanst sammanstallningar;
    private final Lasmodellvakt lasmodellvakt;
    private final ObjectMapper json;
    private final Clock clock;

    KvalitetsradsmoteTjanst(CommandGateway commandGateway, QueryGateway queryGateway,
                            ManadssammanstallningTjanst sammanstallningar, Lasmodellvakt lasmodellvakt,
                            ObjectMapper json, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.sammanstallningar = sammanstallningar;
        this.lasmodellvakt = lasmodellvakt;
        this.json = json;
        this.clock = clock;
    }

    /** What a meeting is planned with; the scope as the monthly summary takes it. */
    public record NyttMote(String id, LocalDate datum, YearMonth manad, String forvaltning, String verksamhetsomrade,
                           String enhet, List<String> deltagare) {
    }

    /** A retry with the same id plans nothing more. */
    public KvalitetsradsmoteId planera(Aktor aktor, NyttMote nytt) {
        kravRoll(aktor);
        if (nytt.datum().getYear() < 2000 || nytt.datum().isAfter(LocalDate.now(clock).plusYears(2))) {
            throw new OgiltigIndata("datum", "Ange ett datum från år 2000 och högst två år framåt");
        }
        Omfattning omfattning = sammanstallningar.omfattning(aktor, nytt.forvaltning(), nytt.verksamhetsomrade(),
                nytt.enhet());
        KvalitetsradsmoteId id = nytt.id() == null ? KvalitetsradsmoteId.nytt() : KvalitetsradsmoteId.av(nytt.id());
        try {
            commandGateway.sendAndWait(new PlaneraKvalitetsradsmote(id, nytt.datum(), nytt.manad(),
                    new Motesomfattning(omfattning.niva().name(), omfattning.id(), omfattning.namn()),
                    nytt.deltagare() == null ? List.of() : nytt.deltagare(), aktor, clock.instant()));
        } catch (AggregateStreamCreationException redanPlanerat) {
            vantaPaLasmodellen(id, 0);
            if (hamta(id).isEmpty()) {
                throw new OgiltigIndata("id", "Id:t används redan");
            }
            return id;
        }
        vantaPaLasmodellen(id, 0);
        return id;
    }

    public KvalitetsradsmoteDetaljer krav(Aktor aktor, KvalitetsradsmoteId id) {
        kravRoll(aktor);
        return hamta(id).orElseThrow(() -> new KvalitetsradsmoteSaknas(id));
    }

    public List<KvalitetsradsmoteDetaljer> lista(Aktor aktor) {
        kravRoll(aktor);
        return queryGateway.query(new ListaKvalitetsradsmoten(),
                ResponseTypes.multipleInstancesOf(KvalitetsradsmoteDetaljer.class)).join();
    }

    /** The scope the meeting was planned for, as the summary reads it now. */
    Omfattning omfattning(Aktor aktor, KvalitetsradsmoteDetaljer mote) {
        var o = mote.omfattning();
        return switch (Omfattning.Niva.valueOf(o.niva())) {
            case HELA -> sammanstallningar.omfattning(aktor, null, null, null);
            case FORVALTNING -> sammanstallningar.omfattning(aktor, o.id(), null, null);
            case VERKSAMHETSOMRADE -> sammanstallningar.omfattning(aktor, null, o.id(), null);
            case ENHET -> sammanstallningar.omfattning(aktor, null, null, o.id());
        };
    }

    /** The frozen summary as the council saw it, if it is frozen. */
    public Optional<Manadssammanstallning> underlag(KvalitetsradsmoteDetaljer mote) {
        if (mote.underlag() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(mote.underlag().innehall(), Manadssammanstallning.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Mötets frysta underlag kan inte läsas: " + mote.id(), e);
        }
    }

    String somJson(Manadssammanstallning sammanstallning) {
        try {
            return json.writeValueAsString(sammanstallning);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sammanställningen kan inte sparas som JSON", e);
        }
    }

    public void vantaPaLasmodellen(KvalitetsradsmoteId id, long minstVersion) {
        lasmodellvakt.vanta(GlesaProjektioner.NAMN, id.toString(), minstVersion,
                () -> hamta(id).filter(d -> d.version() >= minstVersion).isPresent(), LASMODELL_VANTAN);
    }

    private Optional<KvalitetsradsmoteDetaljer> hamta(KvalitetsradsmoteId id) {
        return Optional.ofNullable(queryGateway.query(new HamtaKvalitetsradsmote(id),
                KvalitetsradsmoteDetaljer.class).join());
    }

    private static void kravRoll(Aktor aktor) {
        if (!KvalitetsradAtkomst.far(aktor)) {
            throw new BehorighetSaknas("Kvalitetsrådets möten är öppna för kvalitetssamordnare och ledning");
        }
    }
}
