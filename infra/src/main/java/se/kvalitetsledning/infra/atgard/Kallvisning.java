package se.kvalitetsledning.infra.atgard;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.avvikelse.AvvikelseId;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.infra.api.OgiltigIndata;
import se.kvalitetsledning.infra.avvikelse.AvvikelseTjanst;
import se.kvalitetsledning.infra.lexsarah.LexSarahTjanst;
import se.kvalitetsledning.infra.synpunkt.SynpunktTjanst;
import se.kvalitetsledning.infra.webb.Namnuppslag;
import se.kvalitetsledning.infra.webb.Tidsformat;
import se.kvalitetsledning.lexsarah.LexSarahId;
import se.kvalitetsledning.synpunkt.SynpunktId;

/**
 * A source as the pages show it: its page's address, and for the new-åtgärd form what it is ("Från avvikelse …"),
 * its enhet, checked as a proposal checks it (the actor handles it).
 */
@Component
class Kallvisning {

    private final Kallor kallor;
    private final AvvikelseTjanst avvikelser;
    private final LexSarahTjanst lexSarah;
    private final SynpunktTjanst synpunkter;
    private final Namnuppslag namn;
    private final Tidsformat tidsformat;

    Kallvisning(Kallor kallor, AvvikelseTjanst avvikelser, LexSarahTjanst lexSarah, SynpunktTjanst synpunkter,
                Namnuppslag namn, Tidsformat tidsformat) {
        this.kallor = kallor;
        this.avvikelser = avvikelser;
        this.lexSarah = lexSarah;
        this.synpunkter = synpunkter;
        this.namn = namn;
        this.tidsformat = tidsformat;
    }

    /** The source a form starts from: what it is and where it is filed. */
    record Fran(String text, String enhet, String lank) {
    }

    /** 404 for a case the actor cannot see, 403 for one the actor does not handle. */
    Fran fran(Aktor aktor, NyAtgard.Kallhanvisning hanvisning) {
        try {
            kallor.kontrollera(aktor, hanvisning, "kalla");
        } catch (OgiltigIndata saknas) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, saknas.getMessage());
        }
        String lank = lank(new Kalla(hanvisning.typ(), hanvisning.id()));
        if (hanvisning.typ() == Kalltyp.AVVIKELSE) {
            var a = avvikelser.hamta(aktor, AvvikelseId.av(hanvisning.id())).orElseThrow();
            return new Fran("Från avvikelse på " + enhetsnamn(a.enhet()) + ", " + tidsformat.visa(a.intraffade())
                    + ": " + kort(a.beskrivning()), a.enhet(), lank);
        }
        if (hanvisning.typ() == Kalltyp.SYNPUNKT) {
            var s = synpunkter.krav(aktor, SynpunktId.av(hanvisning.id()));
            return new Fran("Från " + s.typ().benamning().toLowerCase() + " " + s.referens() + " på "
                    + enhetsnamn(s.enhet()) + ", mottagen " + tidsformat.visa(s.mottagen()) + ": "
                    + kort(s.vadHande()), s.enhet(), lank);
        }
        var l = lexSarah.krav(aktor, LexSarahId.av(hanvisning.id()));
        return new Fran("Från lex Sarah-ärende på " + enhetsnamn(l.enhet()) + ", mottaget "
                + tidsformat.visa(l.mottagen()), l.enhet(), lank);
    }

    /** The page of a source the web UI has pages for; null for the others. */
    static String lank(Kalla kalla) {
        return switch (kalla.typ()) {
            case AVVIKELSE -> "/avvikelser/" + kalla.id();
            case LEX_SARAH -> "/lex-sarah/" + kalla.id();
            case SYNPUNKT -> "/synpunkter/" + kalla.id();
            default -> null;
        };
    }

    private String enhetsnamn(String enhet) {
        return namn.enhetsnamn().getOrDefault(enhet, enhet);
    }

    private static String kort(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
