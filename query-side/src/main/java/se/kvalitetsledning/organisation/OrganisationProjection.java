package se.kvalitetsledning.organisation;

import java.util.Comparator;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.organisation.Organisationsnod.Niva;
import se.kvalitetsledning.projektion.GlesaProjektioner;

/** Keeps the organisation tree; a node already stored at the event's sequence number is left alone. */
@Component
@ProcessingGroup(GlesaProjektioner.NAMN)
class OrganisationProjection {

    private final OrganisationsnodRepository noder;

    OrganisationProjection(OrganisationsnodRepository noder) {
        this.noder = noder;
    }

    @EventHandler
    void on(ForvaltningRegistrerad e, @SequenceNumber long seq) {
        spara(OrganisationsnodDokument.av(Niva.FORVALTNING, e.id().value(), e.namn(), null, seq));
    }

    @EventHandler
    void on(VerksamhetsomradeRegistrerad e, @SequenceNumber long seq) {
        spara(OrganisationsnodDokument.av(Niva.VERKSAMHETSOMRADE, e.id().value(), e.namn(),
                e.forvaltning().value(), seq));
    }

    @EventHandler
    void on(EnhetRegistrerad e, @SequenceNumber long seq) {
        spara(OrganisationsnodDokument.av(Niva.ENHET, e.id().value(), e.namn(),
                e.verksamhetsomrade().value(), seq));
    }

    @ResetHandler
    void aterstall() {
        noder.rensa();
    }

    @QueryHandler
    List<Organisationsnod> handle(ListaOrganisation fraga) {
        return noder.alla().stream()
                .map(OrganisationsnodDokument::somNod)
                .sorted(Comparator.comparing(Organisationsnod::niva).thenComparing(Organisationsnod::namn))
                .toList();
    }

    private void spara(OrganisationsnodDokument nod) {
        boolean redanHanterad = noder.hitta(nod.nyckel()).filter(n -> n.version() >= nod.version()).isPresent();
        if (!redanHanterad) {
            noder.spara(nod);
        }
        // also when handled before: the node may have been written and its mark lost with a batch cut short
        noder.markera();
    }
}
