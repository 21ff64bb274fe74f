package se.kvalitetsledning.infra.egenkontroll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.kvalitetsledning.egenkontroll.Andel;
import se.kvalitetsledning.egenkontroll.EgenkontrollDetaljer;
import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.Fragaresultat;
import se.kvalitetsledning.egenkontroll.Resultat;
import se.kvalitetsledning.egenkontroll.Trafikljus;

/**
 * One check's result as an XLSX workbook: what was checked and on which sample, then per question its share (a
 * number formatted as per cent, or "–" without a value), colour, Ja and the denominator, then the total.
 */
final class EgenkontrollXlsx {

    static final String BLAD = "Resultat";
    static final int FORSTA_FRAGERAD = 7;
    private static final String[] RUBRIKER = {"Fråga", "Text", "Andel", "Färg", "Ja", "Av (Ja + Nej)",
        "Ej aktuellt", "Tillämpliga poster"};

    private EgenkontrollXlsx() {
    }

    /** The final result, or the result so far of a check still performed. */
    static byte[] skriv(EgenkontrollDetaljer kontroll, String enhetsnamn) {
        Resultat resultat = kontroll.resultat() != null ? kontroll.resultat() : kontroll.preliminartResultat();
        try (Workbook bok = new XSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            Sheet blad = bok.createSheet(BLAD);
            Stilar stilar = new Stilar(bok);
            rad(blad, 0, "Kontrollmall", kontroll.mallnamn() + ", version " + kontroll.mallversion().nummer());
            rad(blad, 1, "Enhet", enhetsnamn);
            rad(blad, 2, "Månad", kontroll.manad().toString());
            rad(blad, 3, "Stickprov", kontroll.stickprov().visning());
            rad(blad, 4, "Status", kontroll.resultat() != null ? kontroll.status().benamning()
                    : kontroll.status().benamning() + " (resultat hittills)");
            Row rubrikrad = blad.createRow(FORSTA_FRAGERAD - 1);
            for (int k = 0; k < RUBRIKER.length; k++) {
                Cell cell = rubrikrad.createCell(k);
                cell.setCellValue(RUBRIKER[k]);
                cell.setCellStyle(stilar.rubrik);
            }
            int r = FORSTA_FRAGERAD;
            for (Fragaresultat fraga : resultat.fragor()) {
                Row rad = blad.createRow(r++);
                rad.createCell(0).setCellValue(fraga.fraga().value());
                rad.createCell(1).setCellValue(kontroll.mallversion().fraga(fraga.fraga()).map(Fraga::text)
                        .orElse(""));
                if (fraga.andel() != null) {
                    andel(rad, fraga.andel(), fraga.farg(), stilar);
                    rad.createCell(6).setCellValue(fraga.ejAktuellt());
                }
                rad.createCell(7).setCellValue(fraga.tillampliga());
            }
            Row totalt = blad.createRow(r);
            totalt.createCell(0).setCellValue("Totalt");
            totalt.getCell(0).setCellStyle(stilar.rubrik);
            andel(totalt, resultat.totalt(), resultat.farg(), stilar);
            blad.setColumnWidth(0, 28 * 256);
            blad.setColumnWidth(1, 60 * 256);
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    private static void rad(Sheet blad, int r, String rubrik, String varde) {
        Row rad = blad.createRow(r);
        rad.createCell(0).setCellValue(rubrik);
        rad.createCell(1).setCellValue(varde);
    }

    /** Share, colour, Ja and denominator in columns 2–5; without a value "–" and no colour. */
    private static void andel(Row rad, Andel andel, Trafikljus farg, Stilar stilar) {
        Cell andelscell = rad.createCell(2);
        if (andel.harVarde()) {
            andelscell.setCellValue((double) andel.ja() / andel.av());
            andelscell.setCellStyle(stilar.procent);
        } else {
            andelscell.setCellValue(Andel.INGET_VARDE);
        }
        Cell fargcell = rad.createCell(3);
        if (farg != null) {
            fargcell.setCellValue(farg.benamning());
            fargcell.setCellStyle(stilar.farger.get(farg));
        } else {
            fargcell.setCellValue(Andel.INGET_VARDE);
        }
        rad.createCell(4).setCellValue(andel.ja());
        rad.createCell(5).setCellValue(andel.av());
    }

    /** The workbook's few cell styles, made once. */
    private static final class Stilar {
        private final CellStyle rubrik;
        private final CellStyle procent;
        private final Map<Trafikljus, CellStyle> farger = new EnumMap<>(Trafikljus.class);

        private Stilar(Workbook bok) {
            Font fet = bok.createFont();
            fet.setBold(true);
            rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            procent = bok.createCellStyle();
            procent.setDataFormat(bok.createDataFormat().getFormat("0%"));
            farger.put(Trafikljus.GRON, fyllning(bok, IndexedColors.LIGHT_GREEN));
            farger.put(Trafikljus.GUL, fyllning(bok, IndexedColors.LIGHT_YELLOW));
            farger.put(Trafikljus.ROD, fyllning(bok, IndexedColors.CORAL));
        }

        private static CellStyle fyllning(Workbook bok, IndexedColors farg) {
            CellStyle stil = bok.createCellStyle();
            stil.setFillForegroundColor(farg.getIndex());
            stil.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return stil;
        }
    }
}
