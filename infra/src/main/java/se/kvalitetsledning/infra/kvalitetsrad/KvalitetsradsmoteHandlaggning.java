package se.kvalitetsledning.infra.kvalitetsrad;

import java.util.List;

import org.springframework.stereotype.Service;

import se.kvalitetsledning.atgard.AtgardId;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.RegelBrott;
import se.kvalitetsledning.infra.atgard.AtgardTjanst;
import se.kvalitetsledning.infra.atgard.NyAtgard;
import se.kvalitetsledning.infra.axon.Andringsutskick;
import se.kvalitetsledning.infra.drift.Projektioner;
import se.kvalitetsledning.infra.sammanstallning.ManadssammanstallningTjanst;
import se.kvalitetsledning.kvalitetsrad.AndraDeltagare;
import se.kvalitetsledning.kvalitetsrad.AntecknaPunkt;
import se.kvalitetsledning.kvalitetsrad.BeslutId;
import se.kvalitetsledning.kvalitetsrad.FattaBeslut;
import se.kvalitetsledning.kvalitetsrad.FrysMotesunderlag;
import se.kvalitetsledning.kvalitetsrad.JusteraProtokoll;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteDetaljer;
import se.kvalitetsledning.kvalitetsrad.KvalitetsradsmoteId;

/** Records what happens at a meeting, each step at the version its sender saw. */
@Service
public class KvalitetsradsmoteHandlaggning {

    private final Andringsutskick andringar;
    private final KvalitetsradsmoteTjanst tjanst;
    private final ManadssammanstallningTjanst sammanstallningar;
    private final Projektioner projektioner;
    private final AtgardTjanst atgarder;

    KvalitetsradsmoteHandlaggning(Andringsutskick andringar, KvalitetsradsmoteTjanst tjanst,
                                  ManadssammanstallningTjanst sammanstallningar, Projektioner projektioner,
                                  AtgardTjanst atgarder) {
        this.andringar = andringar;
        this.tjanst = tjanst;
        this.sammanstallningar = sammanstallningar;
        this.projektioner = projektioner;
        this.atgarder = atgarder;
    }

    public long andraDeltagare(KvalitetsradsmoteId id, long version, Aktor aktor, List<String> deltagare) {
        tjanst.krav(aktor, id);
        return skicka(id, version, (v, tid) -> new AndraDeltagare(id, v, deltagare, aktor, tid));
    }

    /**
     * Builds the month's summary now and freezes it in the meeting, with the position the projections it is built
     * from had all reached before it was built: the events it counts go at least that far.
     */
    public long frysUnderlag(KvalitetsradsmoteId id, long version, Aktor aktor) {
        KvalitetsradsmoteDetaljer mote = tjanst.krav(aktor, id);
        long position = Math.max(0, projektioner.gemensamPosition(ManadssammanstallningTjanst.PROJEKTIONER));
        var sammanstallning = sammanstallningar.bygg(mote.manad(), tjanst.omfattning(aktor, mote));
        String underlag = tjanst.somJson(sammanstallning);
        return skicka(id, version, (v, tid) -> new FrysMotesunderlag(id, v, underlag, sammanstallning.byggd(),
                position, aktor, tid));
    }

    public long anteckna(KvalitetsradsmoteId id, long version, Aktor aktor, int nummer, String rubrik,
                         String anteckning) {
        tjanst.krav(aktor, id);
        return skicka(id, version, (v, tid) -> new AntecknaPunkt(id, v, nummer, rubrik, anteckning, aktor, tid));
    }

    /**
     * Records a decision and, with {@code atgard}, first puts its åtgärd in the backlog with the meeting as its
     * source. Both take their ids from {@code beslut}, so a retry after a conflict or a lost answer creates neither
     * twice.
     */
    public long fattaBeslut(KvalitetsradsmoteId id, long version, Aktor aktor, BeslutId beslut, String text,
                            Beslutsatgard atgard) {
        KvalitetsradsmoteDetaljer mote = tjanst.krav(aktor, id);
        if (mote.justerat()) {
            // refused by the meeting too; checked here so no åtgärd is created for a decision that cannot be made
            throw new RegelBrott("Protokollet är justerat och ändras inte");
        }
        AtgardId skapad = atgard == null ? null : atgarder.foresla(aktor, new NyAtgard(beslut.atgard().toString(),
                atgard.titel(), text, atgard.typ(), atgard.kvalitetsomraden(), atgard.enheter(), atgard.agare(),
                atgard.forfallodatum(), null, null, atgard.prioritet(),
                List.of(new NyAtgard.Kallhanvisning(Kalltyp.KVALITETSRAD, id.toString()))));
        return skicka(id, version, (v, tid) -> new FattaBeslut(id, v, beslut, text, skapad, aktor, tid));
    }

    public long justera(KvalitetsradsmoteId id, long version, Aktor aktor) {
        tjanst.krav(aktor, id);
        return skicka(id, version, (v, tid) -> new JusteraProtokoll(id, v, aktor, tid));
    }

    private long skicka(KvalitetsradsmoteId id, long version, Andringsutskick.Kommando kommando) {
        return andringar.skicka(version, kommando, ny -> tjanst.vantaPaLasmodellen(id, ny));
    }
}
