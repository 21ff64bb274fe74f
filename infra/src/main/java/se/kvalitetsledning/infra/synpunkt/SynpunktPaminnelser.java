package se.kvalitetsledning.infra.synpunkt;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.epost.Epostutskick;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.infra.sakerhet.Anvandarkatalog;
import se.kvalitetsledning.lexsarah.Fristregler;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;
import se.kvalitetsledning.synpunkt.SynpunktFristtyp;
import se.kvalitetsledning.synpunkt.SynpunktInkommen;
import se.kvalitetsledning.synpunkt.SynpunktTilldelad;
import se.kvalitetsledning.synpunkt.SynpunktensFristOverskriden;

/**
 * Mails the reminder when a synpunkt's deadline has passed: to its handler once there is one, before that (and for
 * naming the handler) to the enhet's kvalitetssamordnare, or every kvalitetssamordnare while the enhet is not known.
 * Who that is comes from the synpunkt's own events, not a projection that may lag. The mail names the synpunkt's
 * reference and the deadline, never the sender or what they wrote. A replay would mail again, hence no replay.
 */
@Component
@ProcessingGroup("synpunkt-paminnelser")
@DisallowReplay
class SynpunktPaminnelser {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private final EventStore eventStore;
    private final Anvandarkatalog anvandarkatalog;
    private final Referensdata referensdata;
    private final Epostutskick epost;

    SynpunktPaminnelser(EventStore eventStore, Anvandarkatalog anvandarkatalog, Referensdata referensdata,
                        Epostutskick epost) {
        this.eventStore = eventStore;
        this.anvandarkatalog = anvandarkatalog;
        this.referensdata = referensdata;
        this.epost = epost;
    }

    @EventHandler
    void on(SynpunktensFristOverskriden e) {
        EnhetId enhet = null;
        Anvandare handlaggare = null;
        var handelser = eventStore.readEvents(e.id().toString(), 0);
        while (handelser.hasNext()) {
            Object handelse = handelser.next().getPayload();
            if (handelse instanceof SynpunktInkommen inkommen) {
                enhet = inkommen.enhet();
            } else if (handelse instanceof SynpunktTilldelad tilldelad) {
                enhet = tilldelad.enhet();
                handlaggare = tilldelad.handlaggare();
            }
        }
        String var = enhet == null ? "utan känd enhet"
                : "vid " + referensdata.enhet(enhet.value()).map(Organisationsnod::namn).orElse(enhet.value());
        String frist = e.typ().benamning().toLowerCase();
        String text = "Fristen för " + frist + " för synpunkten " + e.id().referens() + " " + var + " löpte ut "
                + DAG.format(Fristregler.sistaDag(e.forfallen())) + ".\n\n"
                + "Öppna synpunkten: " + epost.lank("/synpunkter/" + e.id());
        for (Anvandare mottagare : mottagare(e.typ(), enhet, handlaggare)) {
            epost.skicka(mottagare, "Synpunkt " + e.id().referens() + ": fristen för " + frist + " har passerat",
                    text);
        }
    }

    private List<Anvandare> mottagare(SynpunktFristtyp typ, EnhetId enhet, Anvandare handlaggare) {
        if (typ != SynpunktFristtyp.HANDLAGGARE && handlaggare != null) {
            return List.of(handlaggare);
        }
        return enhet == null ? anvandarkatalog.medRoll(Roll.KVALITETSSAMORDNARE)
                : anvandarkatalog.medRoll(Roll.KVALITETSSAMORDNARE, enhet);
    }
}
