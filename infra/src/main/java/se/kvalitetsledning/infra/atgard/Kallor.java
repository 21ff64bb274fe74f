package se.kvalitetsledning.infra.atgard;

import java.time.Clock;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.avvikelse.AvvikelseDetaljer;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.avvikelse.KopplaAtgardTillAvvikelse;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.BehorighetSaknas;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.avvikelse.AvvikelseTjanst;
import se.kvalitetsledning.infra.kvalitetsrad.KvalitetsradsmoteSaknas;
import se.kvalitetsledning.infra.kvalitetsrad.KvalitetsradsmoteTjanst;
import se.kvalitetsledning.infra.lexsarah.LexSarahTjanst;
import se.kvalitetsledning.infra.synpunkt.SynpunktTjanst;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteId;
import se.kvalitetsledning.lexsarah.KopplaAtgardTillLexSarah;
import se.kvalitetsledning.lexsarah.LexSarahAtkomst;
import se.kvalitetsledning.lexsarah.LexSarahDetaljer;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.organisation.EnhetId;
import se.kvalitetsledning.synpunkt.KopplaAtgardTillSynpunkt;
import se.kvalitetsledning.synpunkt.SynpunktDetaljer;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * The sources an åtgärd can come from: that one exists and that the actor handles it, before anything is sent; and
 * the link recorded on the source at once, so the source's page shows it when the user returns to it.
 */
@Component
class Kallor {

    private final AvvikelseTjanst avvikelser;
    private final LexSarahTjanst lexSarah;
    private final SynpunktTjanst synpunkter;
    private final KvalitetsradsmoteTjanst moten;
    private final CommandGateway commandGateway;
    private final Clock clock;

    Kallor(AvvikelseTjanst avvikelser, LexSarahTjanst lexSarah, SynpunktTjanst synpunkter,
           KvalitetsradsmoteTjanst moten, CommandGateway commandGateway, Clock clock) {
        this.avvikelser = avvikelser;
        this.lexSarah = lexSarah;
        this.synpunkter = synpunkter;
        this.moten = moten;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    /**
     * Refuses a source that does not exist (400, naming {@code falt}: the field the client sent it in) or that the
     * actor does not handle (403).
     */
    Kalla kontrollera(Aktor aktor, NyAtgard.Kallhanvisning hanvisning, String falt) {
        // the id as the source's own, so that the same case written in capitals is the same source
        Kalla kalla = new Kalla(hanvisning.typ(), hanvisning.typ() == Kalltyp.AVVIKELSE
                || hanvisning.typ() == Kalltyp.LEX_SARAH || hanvisning.typ() == Kalltyp.SYNPUNKT
                || hanvisning.typ() == Kalltyp.KVALITETSRAD ? uuid(hanvisning.id(), falt) : hanvisning.id());
        switch (hanvisning.typ()) {
            case AVVIKELSE -> {
                AvvikelseDetaljer avvikelse = avvikelser.hamta(aktor, AvvikelseId.av(uuid(hanvisning.id(), falt)))
                        .orElseThrow(() -> saknas(hanvisning, falt));
                if (!aktor.farHandlagga(new EnhetId(avvikelse.enhet()))) {
                    throw new BehorighetSaknas("Bara den som handlägger avvikelsen kan koppla åtgärder till den");
                }
            }
            case LEX_SARAH -> {
                LexSarahDetaljer arende = lexSarah.hamta(aktor, LexSarahId.av(uuid(hanvisning.id(), falt)))
                        .orElseThrow(() -> saknas(hanvisning, falt));
                if (!LexSarahAtkomst.farUtreda(aktor, new EnhetId(arende.enhet()), arende.utredare())) {
                    throw new BehorighetSaknas("Bara den som utreder ärendet kan koppla åtgärder till det");
                }
            }
            case SYNPUNKT -> {
                // whoever may read a synpunkt handles it
                SynpunktDetaljer synpunkt = synpunkter.hamta(aktor, SynpunktId.av(uuid(hanvisning.id(), falt)))
                        .orElseThrow(() -> saknas(hanvisning, falt));
                if (synpunkt.enhet() == null) {
                    throw new OgiltigIndata(falt, "Synpunkten har ingen enhet ännu: utse en handläggare först");
                }
            }
            case KVALITETSRAD -> {
                try {
                    moten.krav(aktor, KvalitetsradsmoteId.av(kalla.id()));
                } catch (KvalitetsradsmoteSaknas | BehorighetSaknas ejLasbart) {
                    throw saknas(hanvisning, falt);
                }
            }
            default -> throw new OgiltigIndata(falt, hanvisning.typ().benamning()
                    + " kan ännu inte vara källa till en åtgärd");
        }
        return kalla;
    }

    /** Records the link on the source and waits until the source's read side shows it. */
    void koppla(Kalla kalla, AtgardId atgard, String titel) {
        switch (kalla.typ()) {
            case AVVIKELSE -> {
                var id = AvvikelseId.av(kalla.id());
                long version = commandGateway.<Long>sendAndWait(new KopplaAtgardTillAvvikelse(id, atgard, titel,
                        clock.instant()));
                avvikelser.vantaPaLasmodellen(id, version);
            }
            case LEX_SARAH -> {
                var id = LexSarahId.av(kalla.id());
                long version = commandGateway.<Long>sendAndWait(new KopplaAtgardTillLexSarah(id, atgard, titel,
                        clock.instant()));
                lexSarah.vantaPaLasmodellen(id, version);
            }
            case SYNPUNKT -> {
                var id = SynpunktId.av(kalla.id());
                long version = commandGateway.<Long>sendAndWait(new KopplaAtgardTillSynpunkt(id, atgard, titel,
                        clock.instant()));
                synpunkter.vantaPaLasmodellen(id, version);
            }
            case KVALITETSRAD -> {
                // the meeting records its åtgärd with the decision that created it
            }
            default -> throw new IllegalStateException("Ingen koppling för " + kalla.typ());
        }
    }

    private static String uuid(String id, String falt) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException fel) {
            throw new OgiltigIndata(falt, "Ogiltigt id: " + id);
        }
    }

    private static OgiltigIndata saknas(NyAtgard.Kallhanvisning hanvisning, String falt) {
        return new OgiltigIndata(falt, hanvisning.typ().benamning() + " " + hanvisning.id()
                + " finns inte eller så saknar du behörighet att se den");
    }
}
