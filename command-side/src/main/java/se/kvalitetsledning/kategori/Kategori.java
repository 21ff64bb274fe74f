package se.kvalitetsledning.kategori;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.Roll;
import se.kvalitetsledning.gemensamt.RegelBrott;

@Aggregate
class Kategori {

    private static final String ENDAST_ADMIN = "Endast en administratör får ändra kategorikatalogen";

    @AggregateIdentifier
    private KategoriId id;
    private boolean avvecklad;

    Kategori() {
        // for Axon
    }

    @CommandHandler
    Kategori(RegistreraKategori kommando) {
        kommando.aktor().kraver(Roll.ADMIN, ENDAST_ADMIN);
        apply(new KategoriRegistrerad(kommando.id(), kommando.namn(), kommando.grupp(), kommando.exempel(),
                kommando.kvalitetsomraden(), kommando.aktor().anvandare(), kommando.tid()));
    }

    @CommandHandler
    void handle(AvvecklaKategori kommando) {
        kommando.aktor().kraver(Roll.ADMIN, ENDAST_ADMIN);
        if (avvecklad) {
            throw new RegelBrott("Kategorin är redan avvecklad");
        }
        apply(new KategoriAvvecklad(kommando.id(), kommando.skal(), kommando.aktor().anvandare(), kommando.tid()));
    }

    @EventSourcingHandler
    void on(KategoriRegistrerad handelse) {
        id = handelse.id();
    }

    @EventSourcingHandler
    void on(KategoriAvvecklad handelse) {
        avvecklad = true;
    }
}
