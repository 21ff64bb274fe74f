package se.kvalitetsledning.infra.demodata;

import java.time.Instant;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.infra.kvalitetsberattelse.Kvalitetsberattelsegenerator;
import se.kvalitetsledning.kvalitetsberattelse.Avsnitt;
import se.kvalitetsledning.kvalitetsberattelse.FaststallKvalitetsberattelse;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseId;
import se.kvalitetsledning.kvalitetsberattelse.Omfang;
import se.kvalitetsledning.kvalitetsberattelse.SkapaKvalitetsberattelse;
import se.kvalitetsledning.kvalitetsberattelse.SkrivAvsnittstext;
import se.kvalitetsledning.organisation.ForvaltningId;

/**
 * The kvalitetsberättelse of a year for a förvaltning, drafted from the numbers the read side has when it runs,
 * given a narrative by the kvalitetssamordnare and fastställd by ledning. One that already exists is left as it is.
 */
@Component
class Kvalitetsberattelseforlopp {

    private static final Aktor KVALITETSSAMORDNARE = new Aktor(new Anvandare("kvalitetssamordnare",
            "Kvalitetssamordnare"), Set.of(Roll.KVALITETSSAMORDNARE), Set.of());
    private static final Aktor LEDNING = new Aktor(new Anvandare("forvaltningschef", "Förvaltningschef"),
            Set.of(Roll.LEDNING), Set.of());

    private final Kvalitetsberattelsegenerator generator;
    private final CommandGateway commandGateway;
    private final EventStore eventStore;

    Kvalitetsberattelseforlopp(Kvalitetsberattelsegenerator generator, CommandGateway commandGateway,
                               EventStore eventStore) {
        this.generator = generator;
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
    }

    /** The förvaltning's berättelse of the year; returns the commands sent. */
    int genomfor(int ar, ForvaltningId forvaltning, Instant tid) {
        var omfang = new Omfang(Omfang.Niva.FORVALTNING, forvaltning.value());
        var id = KvalitetsberattelseId.forAr(ar, omfang);
        if (eventStore.lastSequenceNumberFor(id.toString()).isPresent()) {
            return 0;
        }
        commandGateway.sendAndWait(new SkapaKvalitetsberattelse(id, ar, omfang, generator.generera(ar, omfang),
                KVALITETSSAMORDNARE, tid));
        commandGateway.sendAndWait(new SkrivAvsnittstext(id, null, Avsnitt.AVVIKELSER, "Avvikelserna har gåtts"
                + " igenom månadsvis i kvalitetsrådet.", KVALITETSSAMORDNARE, tid));
        commandGateway.sendAndWait(new FaststallKvalitetsberattelse(id, null, LEDNING, tid));
        return 3;
    }
}
