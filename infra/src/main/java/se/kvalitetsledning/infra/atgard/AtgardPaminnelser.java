package se.kvalitetsledning.infra.atgard;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardForeslagen;
import se.kvalitetsledning.atgard.AtgardForsenad;
import se.kvalitetsledning.infra.epost.Epostutskick;
import se.kvalitetsledning.infra.referensdata.Referensdata;
import se.kvalitetsledning.organisation.Organisationsnod;

/**
 * Mails the owner when an åtgärd's due date has passed: the enheter, the date and a link, not the åtgärd's own
 * text. The owner comes from the åtgärd's own first event.
 * A failed send is retried by the processor; a replay would send every reminder again, hence no replay.
 */
@Component
@ProcessingGroup("atgard-paminnelser")
@DisallowReplay
class AtgardPaminnelser {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private final EventStore eventStore;
    private final Referensdata referensdata;
    private final Epostutskick epost;

    AtgardPaminnelser(EventStore eventStore, Referensdata referensdata, Epostutskick epost) {
        this.eventStore = eventStore;
        this.referensdata = referensdata;
        this.epost = epost;
    }

    @EventHandler
    void on(AtgardForsenad e) {
        var uppgifter = ((AtgardForeslagen) eventStore.readEvents(e.id().toString(), 0).next().getPayload())
                .uppgifter();
        String enheter = uppgifter.enheter().stream()
                .map(enhet -> referensdata.enhet(enhet.value()).map(Organisationsnod::namn).orElse(enhet.value()))
                .sorted().collect(Collectors.joining(", "));
        epost.skicka(uppgifter.agare(), "En åtgärd du äger är försenad",
                "En åtgärd vid " + enheter + " som du äger skulle vara klar " + DAG.format(e.forfallodatum())
                        + ". Genomför den, flytta förfallodatumet med ett skäl eller skriv av den.\n\n"
                        + "Öppna åtgärden: " + epost.lank("/atgarder/" + e.id()));
    }
}
