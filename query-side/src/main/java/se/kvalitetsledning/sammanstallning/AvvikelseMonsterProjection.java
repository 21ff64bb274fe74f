package se.kvalitetsledning.sammanstallning;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.avvikelse.AvvikelseKlassificerad;
import se.kvalitetsledning.avvikelse.AvvikelseRakning;
import se.kvalitetsledning.avvikelse.AvvikelseRegistrerad;
import se.kvalitetsledning.gemensamt.SvenskTid;

/**
 * One document per avvikelse with what its patterns are counted on, and its rows in {@link AvvikelseMonsterIndex},
 * which the counts read. Only registration and classification change enhet, month, category or brukarreferens; each
 * document is written whole and its rows follow from it, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup("avvikelse-monster")
class AvvikelseMonsterProjection {

    private final AvvikelseMonsterRepository monster;

    AvvikelseMonsterProjection(AvvikelseMonsterRepository monster) {
        this.monster = monster;
    }

    @EventHandler
    void on(AvvikelseRegistrerad e, @SequenceNumber long seq) {
        var kategori = e.kategori() == null ? AvvikelseRakning.OKLASSIFICERAD : e.kategori().value();
        monster.ny(new AvvikelseMonsterDokument(e.id().value().toString(), seq, e.enhet().value(),
                SvenskTid.manad(e.intraffade()).toString(), kategori, Brukarnyckel.av(e.brukarreferens())));
    }

    @EventHandler
    void on(AvvikelseKlassificerad e, @SequenceNumber long seq) {
        monster.hamta(e.id().value().toString()).filter(d -> seq > d.version())
                .ifPresent(d -> monster.ersatt(d, d.klassificerad(e.kategori().value(), seq)));
    }

    @ResetHandler
    void aterstall() {
        monster.rensa();
    }

    @QueryHandler
    Monsterunderlag handle(RaknaMonster fraga) {
        return monster.underlag(fraga);
    }
}
