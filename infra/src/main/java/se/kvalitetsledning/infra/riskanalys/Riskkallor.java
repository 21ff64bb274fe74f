package se.kvalitetsledning.infra.riskanalys;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollId;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.avvikelse.AvvikelseTjanst;
import se.kvalitetsledning.infra.egenkontroll.EgenkontrollSaknas;
import se.kvalitetsledning.infra.egenkontroll.EgenkontrollTjanst;
import se.kvalitetsledning.infra.lexsarah.LexSarahTjanst;
import se.kvalitetsledning.infra.synpunkt.SynpunktTjanst;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * The cases a risk can come from: that one exists and that the actor may read it, before anything is sent. Unlike an
 * åtgärd's source (which its handler must handle) reading is enough: the risk only refers to the case.
 */
@Component
class Riskkallor {

    private final AvvikelseTjanst avvikelser;
    private final LexSarahTjanst lexSarah;
    private final SynpunktTjanst synpunkter;
    private final EgenkontrollTjanst egenkontroller;

    Riskkallor(AvvikelseTjanst avvikelser, LexSarahTjanst lexSarah, SynpunktTjanst synpunkter,
               EgenkontrollTjanst egenkontroller) {
        this.avvikelser = avvikelser;
        this.lexSarah = lexSarah;
        this.synpunkter = synpunkter;
        this.egenkontroller = egenkontroller;
    }

    /**
     * The source as the risk records it, or 400 naming {@code falt} when it is unknown or not the actor's to read.
     * An egenkontroll finding is named {@code <egenkontroll>/<fråga>}: a question coloured gul or röd in the
     * check's result.
     */
    Kalla kontrollera(Aktor aktor, Kalltyp typ, String id, String falt) {
        if (typ == Kalltyp.EGENKONTROLL) {
            return brist(aktor, id, falt);
        }
        String uuid = uuid(id, falt);
        Optional<?> arende = switch (typ) {
            case AVVIKELSE -> avvikelser.hamta(aktor, AvvikelseId.av(uuid));
            case LEX_SARAH -> lexSarah.hamta(aktor, LexSarahId.av(uuid));
            case SYNPUNKT -> synpunkter.hamta(aktor, SynpunktId.av(uuid));
            default -> throw new OgiltigIndata(falt, typ.benamning() + " kan ännu inte vara källa till en risk");
        };
        if (arende.isEmpty()) {
            throw new OgiltigIndata(falt, typ.benamning() + " " + id
                    + " finns inte eller så saknar du behörighet att se den");
        }
        return new Kalla(typ, uuid);
    }

    private Kalla brist(Aktor aktor, String id, String falt) {
        String[] delar = id.split("/", 2);
        if (delar.length != 2) {
            throw new OgiltigIndata(falt, "Ange bristen som egenkontrollens id, snedstreck och frågans id");
        }
        String uuid = uuid(delar[0], falt);
        EgenkontrollDetaljer kontroll;
        try {
            kontroll = egenkontroller.krav(aktor, EgenkontrollId.av(uuid));
        } catch (EgenkontrollSaknas | BehorighetSaknas fel) {
            throw new OgiltigIndata(falt, "Egenkontrollen " + delar[0]
                    + " finns inte eller så saknar du behörighet att se den");
        }
        if (kontroll.resultat() == null) {
            throw new OgiltigIndata(falt, "Egenkontrollen är inte genomförd: den har inga brister ännu");
        }
        boolean brist = kontroll.resultat().brister().stream().anyMatch(f -> f.fraga().value().equals(delar[1]));
        if (!brist) {
            throw new OgiltigIndata(falt, "Frågan " + delar[1] + " är ingen brist i egenkontrollen");
        }
        return new Kalla(Kalltyp.EGENKONTROLL, uuid + "/" + delar[1]);
    }

    private static String uuid(String id, String falt) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException fel) {
            throw new OgiltigIndata(falt, "Ogiltigt id: " + id);
        }
    }
}
