package se.kvalitetsledning.kategori;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import se.kvalitetsledning.gemensamt.RegelBrott;

@Aggregate
class Kategori {

    @AggregateIdentifier
    private KategoriId id;
    private boolean avvecklad;

    Kategori() {
        // for Axon
    }

    @CommandHandler
    Kategori(RegistreraKategori kommando) {
        apply(new KategoriRegistrerad(kommando.id(), kommando.namn(), kommando.grupp(), kommando.exempel(),
                kommando.kvalitetsomraden()));
    }

    @CommandHandler
    void handle(AvvecklaKategori kommando) {
        if (avvecklad) {
            throw new RegelBrott("Kategorin är redan avvecklad");
        }
        apply(new KategoriAvvecklad(kommando.id(), kommando.skal()));
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
