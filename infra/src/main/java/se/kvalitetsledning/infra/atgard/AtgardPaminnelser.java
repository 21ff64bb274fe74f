package se.kvalitetsledning.infra.atgard;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardForeslagen;
import se.kvalitetsledning.atgard.AtgardForsenad;
import se.kvalitetsledning.infra.epost.Epostutskick;

/**
 * Mails the owner when an åtgärd's due date has passed. The owner and title come from the åtgärd's own first event.
 * A failed send is retried by the processor; a replay would send every reminder again, hence no replay.
 */
@Component
@ProcessingGroup("atgard-paminnelser")
@DisallowReplay
class AtgardPaminnelser {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("sv-SE"));

    private final EventStore eventStore;
    private final Epostutskick epost;

    AtgardPaminnelser(EventStore eventStore, Epostutskick epost) {
        this.eventStore = eventStore;
        this.epost = epost;
    }

    @EventHandler
    void on(AtgardForsenad e) {
        var foreslagen = (AtgardForeslagen) eventStore.readEvents(e.id().toString(), 0).next().getPayload();
        var uppgifter = foreslagen.uppgifter();
        epost.skicka(uppgifter.agare(), "Åtgärd försenad: " + uppgifter.titel(),
                "Åtgärden \"" + uppgifter.titel() + "\" skulle vara klar " + DAG.format(e.forfallodatum())
                        + ". Genomför den, flytta förfallodatumet med ett skäl eller skriv av den.\n\n"
                        + "Öppna åtgärden: " + epost.lank("/atgarder/" + e.id()));
    }
}
