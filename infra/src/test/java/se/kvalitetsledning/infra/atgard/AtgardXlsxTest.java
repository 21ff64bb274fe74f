package se.kvalitetsledning.infra.atgard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.atgard.AtgardDetaljer;
import se.kvalitetsledning.atgard.AtgardStatus;
import se.kvalitetsledning.atgard.Atgardstyp;
import se.kvalitetsledning.atgard.Effektutfall;
import se.kvalitetsledning.atgard.Kalla;
import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.atgard.Prioritet;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

class AtgardXlsxTest {

    private static final Anvandare HANNA = new Anvandare("hanna", "Hanna Holm");
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final LocalDate IDAG = LocalDate.of(2026, 11, 26);
    private static final Instant FORESLAGEN = Instant.parse("2026-03-10T08:15:00Z");
    private static final Instant UTVARDERAD = Instant.parse("2026-09-01T12:00:00Z");

    @Test
    void enRubrikradOchEnRadPerAtgardMedDatumSomDatum() throws IOException {
        var utvarderad = atgard("Rutin för tillsyn", AtgardStatus.EFFEKT_UTVARDERAD, LocalDate.of(2026, 4, 30),
                new AtgardDetaljer.Effekt(Effektutfall.DELVIS, "Hälften så många fall", KARIN, UTVARDERAD),
                List.of(new Kalla(Kalltyp.AVVIKELSE, "a-1"), new Kalla(Kalltyp.LEX_SARAH, "l-1")));
        var forsenad = atgard("Utbildning i bemötande", AtgardStatus.BESLUTAD, LocalDate.of(2026, 10, 1), null,
                List.of());

        try (Workbook bok = las(AtgardXlsx.skriv(List.of(utvarderad, forsenad),
                Map.of("gruppbostad-eken", "Gruppbostaden Eken"), IDAG))) {
            Sheet blad = bok.getSheet(AtgardXlsx.BLAD);
            assertThat(blad.getLastRowNum()).isEqualTo(2);
            List<String> rubriker = texter(blad.getRow(0));
            assertThat(rubriker).startsWith("Titel", "Status", "Försenad", "Förfallodatum")
                    .contains("Beskrivning", "Enheter", "Ägare", "Källor", "Föreslagen", "Beslutad", "Genomförd",
                            "Effekt", "Evidens", "Effekt utvärderad", "Skäl för avskrivning", "Id");

            Row rad = blad.getRow(1);
            assertThat(varde(rad, rubriker, "Titel")).isEqualTo("Rutin för tillsyn");
            assertThat(varde(rad, rubriker, "Status")).isEqualTo("Effekt utvärderad");
            assertThat(varde(rad, rubriker, "Enheter")).isEqualTo("Gruppbostaden Eken");
            assertThat(varde(rad, rubriker, "Ägare")).isEqualTo("Hanna Holm");
            assertThat(varde(rad, rubriker, "Källor")).isEqualTo("Avvikelse a-1; Lex Sarah l-1");
            assertThat(varde(rad, rubriker, "Effekt")).isEqualTo("Delvis effekt");
            assertThat(varde(rad, rubriker, "Evidens")).isEqualTo("Hälften så många fall");
            assertThat(varde(rad, rubriker, "Försenad")).isEqualTo("Nej");

            Cell forfallodatum = rad.getCell(rubriker.indexOf("Förfallodatum"));
            assertThat(forfallodatum.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(forfallodatum)).isTrue();
            assertThat(forfallodatum.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 30));
            Cell foreslagen = rad.getCell(rubriker.indexOf("Föreslagen"));
            assertThat(DateUtil.isCellDateFormatted(foreslagen)).isTrue();
            assertThat(foreslagen.getLocalDateTimeCellValue()).as("Swedish time")
                    .isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 15));

            Row andra = blad.getRow(2);
            assertThat(varde(andra, rubriker, "Försenad")).isEqualTo("Ja");
            assertThat(andra.getCell(rubriker.indexOf("Effekt"))).matches(c -> c == null
                    || c.getCellType() == CellType.BLANK);
        }
    }

    @Test
    void utanAtgarderBaraRubrikraden() throws IOException {
        try (Workbook bok = las(AtgardXlsx.skriv(List.of(), Map.of(), IDAG))) {
            assertThat(bok.getSheet(AtgardXlsx.BLAD).getLastRowNum()).isZero();
        }
    }

    private static AtgardDetaljer atgard(String titel, AtgardStatus status, LocalDate forfallodatum,
                                         AtgardDetaljer.Effekt effekt, List<Kalla> kallor) {
        return new AtgardDetaljer("0b6c1f3e-8a6b-4c2d-9e7f-0a1b2c3d4e5f", 3, titel, "Beskrivning",
                Atgardstyp.FOREBYGGANDE, Set.of(Kvalitetsomrade.TRYGGHET_OCH_SAKERHET), List.of("gruppbostad-eken"),
                HANNA, forfallodatum, "Färre fall", "Avvikelser per kvartal", Prioritet.HOG, status, kallor, HANNA,
                FORESLAGEN, KARIN, FORESLAGEN, effekt == null ? null : FORESLAGEN, null, effekt, null, List.of(),
                List.of());
    }

    private static Workbook las(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> texter(Row rad) {
        List<String> texter = new ArrayList<>();
        rad.forEach(c -> texter.add(c.getStringCellValue()));
        return texter;
    }

    private static String varde(Row rad, List<String> rubriker, String rubrik) {
        return rad.getCell(rubriker.indexOf(rubrik)).getStringCellValue();
    }
}
