package se.kvalitetsledning.infra.synpunkt.publik;

import java.time.Clock;
import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.Kanal;
import se.kvalitetsledning.synpunkt.SynpunktId;
import se.kvalitetsledning.synpunkt.TaEmotSynpunkt;

/** Receives what the public sends through the e-tjänst: no actor, received now. */
@Service
class SynpunktMottagning {

    private final CommandGateway commandGateway;
    private final Referensdata referensdata;
    private final Clock clock;

    SynpunktMottagning(CommandGateway commandGateway, Referensdata referensdata, Clock clock) {
        this.commandGateway = commandGateway;
        this.referensdata = referensdata;
        this.clock = clock;
    }

    /** A robot that filled in the trap is answered as if received, so it learns nothing, and nothing is stored. */
    Mottagen taEmot(NySynpunkt ny) {
        SynpunktId id = SynpunktId.nytt();
        if (ny.arFalla()) {
            return Mottagen.av(id);
        }
        String enhet = ny.enhetOmKand();
        if (enhet != null && referensdata.enhet(enhet).isEmpty()) {
            throw new OgiltigIndata("enhet", "Enheten finns inte: välj en i listan eller Vet ej");
        }
        Instant nu = clock.instant();
        commandGateway.sendAndWait(new TaEmotSynpunkt(id, ny.typ(), Kanal.E_TJANST,
                enhet == null ? null : new EnhetId(enhet), nu, ny.vadHande(), ny.onskemal(), ny.kontaktuppgifter(),
                null, nu));
        return Mottagen.av(id);
    }
}
