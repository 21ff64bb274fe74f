package se.kvalitetsledning.infra.sammanstallning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.kvalitetsledning.infra.sammanstallning.Tabell.Procent;

/**
 * The summary's numbers as a workbook: one sheet per part, each table under its heading with a header row. Counts
 * are numbers and shares are fractions formatted as percent, so the council can compute on them; "–" stays text.
 */
final class ManadssammanstallningXlsx {

    private ManadssammanstallningXlsx() {
    }

    static byte[] skriv(Manadssammanstallning s) {
        try (Workbook bok = new XSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            var stilar = new Stilar(bok);
            for (Avsnitt avsnitt : Sammanstallningsvy.avsnitt(s)) {
                Sheet blad = bok.createSheet(avsnitt.rubrik());
                int r = 0;
                r = text(blad, r, avsnitt.rubrik() + " – " + s.omfattning().namn() + ", " + s.manad(), stilar.rubrik);
                for (String rad : avsnitt.text()) {
                    r = text(blad, r, rad, null);
                }
                for (Tabell tabell : avsnitt.tabeller()) {
                    r = tabell(blad, r + 1, tabell, stilar);
                }
                blad.setColumnWidth(0, 40 * 256);
                for (int k = 1; k < 7; k++) {
                    blad.setColumnWidth(k, 18 * 256);
                }
            }
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int text(Sheet blad, int r, String text, CellStyle stil) {
        Cell cell = blad.createRow(r).createCell(0);
        cell.setCellValue(text);
        if (stil != null) {
            cell.setCellStyle(stil);
        }
        return r + 1;
    }

    private static int tabell(Sheet blad, int r, Tabell tabell, Stilar stilar) {
        r = text(blad, r, tabell.rubrik(), stilar.rubrik);
        Row rubriker = blad.createRow(r++);
        for (int k = 0; k < tabell.kolumner().size(); k++) {
            Cell cell = rubriker.createCell(k);
            cell.setCellValue(tabell.kolumner().get(k));
            cell.setCellStyle(stilar.rubrik);
        }
        for (var rad : tabell.rader()) {
            Row row = blad.createRow(r++);
            for (int k = 0; k < rad.size(); k++) {
                skrivCell(row.createCell(k), rad.get(k), stilar);
            }
        }
        return r;
    }

    private static void skrivCell(Cell cell, Object varde, Stilar stilar) {
        if (varde instanceof Number tal) {
            cell.setCellValue(tal.doubleValue());
        } else if (varde instanceof Procent procent && procent.varde() != null) {
            cell.setCellValue(procent.varde() / 100.0);
            cell.setCellStyle(stilar.procent);
        } else {
            cell.setCellValue(varde == null ? "–" : varde.toString());
        }
    }

    private static final class Stilar {

        final CellStyle rubrik;
        final CellStyle procent;

        Stilar(Workbook bok) {
            Font fet = bok.createFont();
            fet.setBold(true);
            rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            procent = bok.createCellStyle();
            procent.setDataFormat(bok.createDataFormat().getFormat("0%"));
        }
    }
}
