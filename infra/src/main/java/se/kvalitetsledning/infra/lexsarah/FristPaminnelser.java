package se.kvalitetsledning.infra.lexsarah;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

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
import se.kvalitetsledning.lexsarah.FristOverskriden;
import se.kvalitetsledning.lexsarah.Fristregler;
import se.kvalitetsledning.lexsarah.Fristtyp;
import se.kvalitetsledning.lexsarah.MissforhallandeRapporterat;
import se.kvalitetsledning.lexsarah.UtredareTilldelad;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.organisation.Organisationsnod;

/**
 * Mails the reminder when a lex Sarah deadline has passed: the anmälan to ledning, the rest to the utredare or,
 * before there is one, to the kvalitetssamordnare. Who that is comes from the case's own events, not a projection that
 * may lag. The mail names the case and the deadline, never the person or what happened. A failed send is retried by
 * the processor; a replay would send every reminder again, hence no replay.
 */
@Component
@ProcessingGroup("lex-sarah-paminnelser")
@DisallowReplay
class FristPaminnelser {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private final EventStore eventStore;
    private final Anvandarkatalog anvandarkatalog;
    private final Referensdata referensdata;
    private final Epostutskick epost;

    FristPaminnelser(EventStore eventStore, Anvandarkatalog anvandarkatalog, Referensdata referensdata,
                     Epostutskick epost) {
        this.eventStore = eventStore;
        this.anvandarkatalog = anvandarkatalog;
        this.referensdata = referensdata;
        this.epost = epost;
    }

    @EventHandler
    void on(FristOverskriden e) {
        EnhetId enhet = null;
        Anvandare utredare = null;
        var handelser = eventStore.readEvents(e.id().toString(), 0);
        while (handelser.hasNext()) {
            Object handelse = handelser.next().getPayload();
            if (handelse instanceof MissforhallandeRapporterat rapport) {
                enhet = rapport.enhet();
            } else if (handelse instanceof UtredareTilldelad tilldelad) {
                utredare = tilldelad.utredare();
            }
        }
        if (enhet == null) {
            throw new IllegalStateException("Ärendet saknar sin rapport: " + e.id());
        }
        String enhetsnamn = referensdata.enhet(enhet.value()).map(Organisationsnod::namn).orElse(enhet.value());
        String text = "Fristen för " + e.typ().benamning().toLowerCase() + " i ett lex Sarah-ärende vid "
                + enhetsnamn + " löpte ut " + DAG.format(Fristregler.sistaDag(e.forfallen())) + ".\n\n"
                + "Öppna ärendet: " + epost.lank("/lex-sarah/" + e.id());
        for (Anvandare mottagare : mottagare(e.typ(), enhet, utredare)) {
            epost.skicka(mottagare, "Lex Sarah: fristen för " + e.typ().benamning().toLowerCase() + " har passerat",
                    text);
        }
    }

    private Set<Anvandare> mottagare(Fristtyp typ, EnhetId enhet, Anvandare utredare) {
        Set<Anvandare> mottagare = new LinkedHashSet<>();
        if (typ == Fristtyp.ANMALAN_TILL_IVO) {
            mottagare.addAll(anvandarkatalog.medRoll(Roll.LEDNING, enhet));
        } else if (utredare != null) {
            mottagare.add(utredare);
        } else {
            mottagare.addAll(anvandarkatalog.medRoll(Roll.KVALITETSSAMORDNARE, enhet));
        }
        return mottagare;
    }
}
