package se.kvalitetsledning.infra.indikator;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.springframework.stereotype.Service;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.indikator.AndraIndikatorensMal;
import se.kvalitetsledning.indikator.AvslutaIndikator;
import se.kvalitetsledning.indikator.IndikatorId;
import se.kvalitetsledning.indikator.RegistreraIndikatorvarde;
import se.kvalitetsledning.infra.axon.Andringsutskick;

/** An indikator's commands, each sent with the version the user saw. */
@Service
public class IndikatorHandlaggning {

    private final Andringsutskick andringar;
    private final IndikatorTjanst tjanst;

    IndikatorHandlaggning(Andringsutskick andringar, IndikatorTjanst tjanst) {
        this.andringar = andringar;
        this.tjanst = tjanst;
    }

    public long andraMal(IndikatorId id, long version, Aktor aktor, BigDecimal mal, BigDecimal gulMarginal,
                         YearMonth fran) {
        return skicka(id, version, aktor,
                (v, tid) -> new AndraIndikatorensMal(id, v, mal, gulMarginal, fran, aktor, tid));
    }

    public long registrera(IndikatorId id, long version, Aktor aktor, YearMonth manad, BigDecimal varde,
                           String kommentar) {
        return skicka(id, version, aktor,
                (v, tid) -> new RegistreraIndikatorvarde(id, v, manad, varde, kommentar, aktor, tid));
    }

    public long avsluta(IndikatorId id, long version, Aktor aktor, String skal) {
        return skicka(id, version, aktor, (v, tid) -> new AvslutaIndikator(id, v, skal, aktor, tid));
    }

    private long skicka(IndikatorId id, long forvantadVersion, Aktor aktor, Andringsutskick.Kommando kommando) {
        // 404 or 403 before anything else, so that a refusal never tells more than reading would
        tjanst.krav(aktor, id);
        return andringar.skicka(forvantadVersion, kommando, ny -> tjanst.vantaPaLasmodellen(id, ny));
    }
}
