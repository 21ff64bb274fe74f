package se.kvalitetsledning.atgard;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.avvikelse.AvslutaKoppladAtgardForAvvikelse;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.KopplaAtgardTillAvvikelse;
import se.kvalitetsledning.flode.KommandoPaEgenTrad;
import se.kvalitetsledning.lexsarah.AvslutaKoppladAtgardForLexSarah;
import se.kvalitetsledning.lexsarah.KopplaAtgardTillLexSarah;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.synpunkt.AvslutaKoppladAtgardForSynpunkt;
import se.kvalitetsledning.synpunkt.KopplaAtgardTillSynpunkt;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * Keeps the link both ways: tells each source of an åtgärd that the åtgärd addresses it, and that it was carried out
 * or written off. The sources ignore what they already know, so a redelivery changes nothing; the application links
 * at once when it creates an åtgärd, and this catches up whatever a crash left undone. Sources that record no links
 * yet (egenkontroller, risker, kvalitetsråd) are passed over. A replay would only repeat, hence none.
 */
@Component
@ProcessingGroup("atgard-kallor")
@DisallowReplay
class Kallsynkronisering {

    private final KommandoPaEgenTrad kommandon;
    private final EventStore eventStore;

    Kallsynkronisering(CommandGateway commandGateway, EventStore eventStore) {
        this.kommandon = new KommandoPaEgenTrad(commandGateway, "atgard-kallor");
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(AtgardForeslagen e) {
        e.kallor().forEach(kalla -> koppla(kalla, e.id(), e.uppgifter().titel(), e.tid()));
    }

    @EventHandler
    void on(AtgardensKallaTillagd e) {
        koppla(e.kalla(), e.id(), titel(e.id()), e.tid());
    }

    @EventHandler
    void on(AtgardGenomford e) {
        avsluta(e.id(), AtgardStatus.GENOMFORD, e.tid());
    }

    @EventHandler
    void on(AtgardAvskriven e) {
        avsluta(e.id(), AtgardStatus.AVSKRIVEN, e.tid());
    }

    private void koppla(Kalla kalla, AtgardId atgard, String titel, Instant tid) {
        switch (kalla.typ()) {
            case AVVIKELSE -> kommandon.skicka(new KopplaAtgardTillAvvikelse(AvvikelseId.av(kalla.id()), atgard,
                    titel, tid));
            case LEX_SARAH -> kommandon.skicka(new KopplaAtgardTillLexSarah(LexSarahId.av(kalla.id()), atgard, titel,
                    tid));
            case SYNPUNKT -> kommandon.skicka(new KopplaAtgardTillSynpunkt(SynpunktId.av(kalla.id()), atgard, titel,
                    tid));
            default -> {
                // no aggregate of this kind records links yet
            }
        }
    }

    private void avsluta(AtgardId atgard, AtgardStatus status, Instant tid) {
        for (Kalla kalla : kallor(atgard)) {
            switch (kalla.typ()) {
                case AVVIKELSE -> kommandon.skicka(new AvslutaKoppladAtgardForAvvikelse(AvvikelseId.av(kalla.id()),
                        atgard, status, tid));
                case LEX_SARAH -> kommandon.skicka(new AvslutaKoppladAtgardForLexSarah(LexSarahId.av(kalla.id()),
                        atgard, status, tid));
                case SYNPUNKT -> kommandon.skicka(new AvslutaKoppladAtgardForSynpunkt(SynpunktId.av(kalla.id()),
                        atgard, status, tid));
                default -> {
                    // no aggregate of this kind records links yet
                }
            }
        }
    }

    /** The åtgärd's sources, from its own events. */
    private Set<Kalla> kallor(AtgardId atgard) {
        Set<Kalla> kallor = new LinkedHashSet<>();
        var handelser = eventStore.readEvents(atgard.toString(), 0);
        while (handelser.hasNext()) {
            Object handelse = handelser.next().getPayload();
            if (handelse instanceof AtgardForeslagen foreslagen) {
                kallor.addAll(foreslagen.kallor());
            } else if (handelse instanceof AtgardensKallaTillagd tillagd) {
                kallor.add(tillagd.kalla());
            }
        }
        return kallor;
    }

    private String titel(AtgardId atgard) {
        var forsta = eventStore.readEvents(atgard.toString(), 0).next().getPayload();
        return ((AtgardForeslagen) forsta).uppgifter().titel();
    }
}
