package se.kvalitetsledning.infra.egenkontroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer.Besvarat;
import se.kvalitetsledning.egenkontroll.EgenkontrollStatus;
import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.KontrollmallId;
import se.kvalitetsledning.egenkontroll.Mallversion;
import se.kvalitetsledning.egenkontroll.Resultatberakning;
import se.kvalitetsledning.egenkontroll.Stickprov;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;
import se.kvalitetsledning.egenkontroll.Svarstyp;
import se.kvalitetsledning.egenkontroll.Trosklar;
import se.kvalitetsledning.egenkontroll.Villkor;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

class EgenkontrollXlsxTest {

    private static final Anvandare OLOF = new Anvandare("olof", "Olof Ek");
    private static final FragaId PLAN = new FragaId("plan-finns");
    private static final FragaId BESTALLNING = new FragaId("plan-motsvarar-bestallning");
    private static final Instant TID = Instant.parse("2026-03-20T10:00:00Z");

    /** Of 2 files 1 has a plan (50 %, röd); the conditional question applies to that one, which was Ej aktuellt. */
    @Test
    void andelFargTaljareOchNamnarePerFragaOchTotaltOchStreckUtanVarde() throws IOException {
        var mall = new Mallversion(KontrollmallId.nytt(), 2, "Genomförandeplan", null,
                Set.of(Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING), List.of(
                new Fraga(PLAN, "Det finns en plan", Svarstyp.JA_NEJ_EJ_AKTUELLT, null,
                        Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true),
                new Fraga(BESTALLNING, "Planen motsvarar beställningen", Svarstyp.JA_NEJ_EJ_AKTUELLT,
                        new Villkor(PLAN, Svarsalternativ.JA), Kvalitetsomrade.HELHETSSYN_OCH_SAMORDNING, true)),
                Trosklar.STANDARD);
        var svar = List.of(besvarat("1", PLAN, Svarsalternativ.JA), besvarat("2", PLAN, Svarsalternativ.NEJ),
                besvarat("1", BESTALLNING, Svarsalternativ.EJ_AKTUELLT));
        var resultat = Resultatberakning.berakna(mall, List.of("1", "2"), (post, fraga) -> svar.stream()
                .filter(b -> b.post().equals(post) && b.fraga().equals(fraga)).map(Besvarat::svar).findFirst()
                .orElse(null));
        var kontroll = new EgenkontrollDetaljer("k-1", 9, mall.mall().toString(), mall.namn(), "solgarden",
                YearMonth.of(2026, 3), OLOF, EgenkontrollStatus.GENOMFORD, OLOF, TID, mall,
                new Stickprov(5, List.of("1", "2"), 7L), svar, resultat, null, 0, TID, OLOF, null, null);

        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(EgenkontrollXlsx.skriv(kontroll, "Solgården")))) {
            Sheet blad = bok.getSheet(EgenkontrollXlsx.BLAD);
            assertThat(blad.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Genomförandeplan, version 2");
            assertThat(blad.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Solgården");
            assertThat(blad.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2 av 5 = 40 %");

            Row plan = blad.getRow(EgenkontrollXlsx.FORSTA_FRAGERAD);
            assertThat(plan.getCell(0).getStringCellValue()).isEqualTo("plan-finns");
            assertThat(plan.getCell(2).getNumericCellValue()).isEqualTo(0.5);
            assertThat(plan.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(plan.getCell(3).getStringCellValue()).isEqualTo("Röd");
            assertThat(plan.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(plan.getCell(5).getNumericCellValue()).isEqualTo(2);

            Row bestallning = blad.getRow(EgenkontrollXlsx.FORSTA_FRAGERAD + 1);
            assertThat(bestallning.getCell(2).getStringCellValue()).isEqualTo("–");
            assertThat(bestallning.getCell(3).getStringCellValue()).isEqualTo("–");
            assertThat(bestallning.getCell(5).getNumericCellValue()).isZero();
            assertThat(bestallning.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(bestallning.getCell(7).getNumericCellValue()).isEqualTo(1);

            Row totalt = blad.getRow(EgenkontrollXlsx.FORSTA_FRAGERAD + 2);
            assertThat(totalt.getCell(0).getStringCellValue()).isEqualTo("Totalt");
            assertThat(totalt.getCell(2).getNumericCellValue()).isEqualTo(0.5);
            assertThat(totalt.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(totalt.getCell(5).getNumericCellValue()).isEqualTo(2);
        }
    }

    private static Besvarat besvarat(String post, FragaId fraga, Svarsalternativ svar) {
        return new Besvarat(post, fraga, Svar.av(svar), OLOF, TID);
    }
}
