package se.kvalitetsledning.infra.atgard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.kvalitetsledning.atgard.AtgardDetaljer;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.SvenskTid;

/**
 * The backlog as an XLSX workbook: a header row, then one row per åtgärd with every field, its sources, status,
 * dates and effect. Dates are real dates (times in Swedish time), so the sheet sorts and filters them as dates.
 */
final class AtgardXlsx {

    static final String BLAD = "Åtgärder";

    private AtgardXlsx() {
    }

    /** One column: its header and what it shows of an åtgärd (a text, a date, a time, or nothing). */
    private record Kolumn(String rubrik, int bredd, Function<AtgardDetaljer, Object> varde) {
    }

    static byte[] skriv(List<AtgardDetaljer> atgarder, Map<String, String> enhetsnamn, LocalDate idag) {
        List<Kolumn> kolumner = kolumner(enhetsnamn, idag);
        try (Workbook bok = new XSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            Sheet blad = bok.createSheet(BLAD);
            Stilar stilar = new Stilar(bok);
            Row rubrikrad = blad.createRow(0);
            for (int k = 0; k < kolumner.size(); k++) {
                Cell cell = rubrikrad.createCell(k);
                cell.setCellValue(kolumner.get(k).rubrik());
                cell.setCellStyle(stilar.rubrik);
                blad.setColumnWidth(k, kolumner.get(k).bredd() * 256);
            }
            for (int r = 0; r < atgarder.size(); r++) {
                Row rad = blad.createRow(r + 1);
                for (int k = 0; k < kolumner.size(); k++) {
                    skrivCell(rad.createCell(k), kolumner.get(k).varde().apply(atgarder.get(r)), stilar);
                }
            }
            blad.createFreezePane(0, 1);
            blad.setAutoFilter(new CellRangeAddress(0, Math.max(atgarder.size(), 1), 0, kolumner.size() - 1));
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    private static List<Kolumn> kolumner(Map<String, String> enhetsnamn, LocalDate idag) {
        return List.of(
                new Kolumn("Titel", 40, AtgardDetaljer::titel),
                new Kolumn("Status", 18, a -> a.status().benamning()),
                new Kolumn("Försenad", 10, a -> a.forsenad(idag) ? "Ja" : "Nej"),
                new Kolumn("Förfallodatum", 14, AtgardDetaljer::forfallodatum),
                new Kolumn("Typ", 14, a -> a.typ().benamning()),
                new Kolumn("Prioritet", 10, a -> a.prioritet().benamning()),
                new Kolumn("Kvalitetsområden", 30, a -> text(a.kvalitetsomraden().stream().sorted()
                        .map(Kvalitetsomrade::benamning).toList())),
                new Kolumn("Enheter", 30, a -> text(a.enheter().stream()
                        .map(e -> enhetsnamn.getOrDefault(e, e)).toList())),
                new Kolumn("Ägare", 20, a -> namn(a.agare())),
                new Kolumn("Beskrivning", 50, AtgardDetaljer::beskrivning),
                new Kolumn("Förväntad effekt", 40, AtgardDetaljer::forvantadEffekt),
                new Kolumn("Hur effekten mäts", 40, AtgardDetaljer::matning),
                new Kolumn("Källor", 50, a -> text(a.kallor().stream()
                        .map(k -> k.typ().benamning() + " " + k.id()).toList())),
                new Kolumn("Föreslagen", 17, a -> tid(a.foreslagen())),
                new Kolumn("Föreslagen av", 20, a -> namn(a.foreslagenAv())),
                new Kolumn("Beslutad", 17, a -> tid(a.beslutad())),
                new Kolumn("Beslutad av", 20, a -> namn(a.beslutadAv())),
                new Kolumn("Genomförd", 17, a -> tid(a.genomford())),
                new Kolumn("Kommentar vid genomförande", 40, AtgardDetaljer::genomfordKommentar),
                new Kolumn("Effekt", 16, a -> a.effekt() == null ? null : a.effekt().utfall().benamning()),
                new Kolumn("Evidens", 40, a -> a.effekt() == null ? null : a.effekt().evidens()),
                new Kolumn("Effekt utvärderad", 17, a -> a.effekt() == null ? null : tid(a.effekt().tid())),
                new Kolumn("Utvärderad av", 20, a -> a.effekt() == null ? null : namn(a.effekt().av())),
                new Kolumn("Skäl för avskrivning", 40, AtgardDetaljer::avskrivenSkal),
                new Kolumn("Flyttade förfallodatum", 50, a -> text(a.flyttningar().stream()
                        .map(f -> f.fran() + " → " + f.till() + ": " + f.skal()).toList())),
                new Kolumn("Id", 38, AtgardDetaljer::id));
    }

    private static void skrivCell(Cell cell, Object varde, Stilar stilar) {
        if (varde instanceof LocalDate datum) {
            cell.setCellValue(datum);
            cell.setCellStyle(stilar.datum);
        } else if (varde instanceof LocalDateTime tid) {
            cell.setCellValue(tid);
            cell.setCellStyle(stilar.tid);
        } else if (varde != null) {
            cell.setCellValue(varde.toString());
        }
    }

    private static LocalDateTime tid(Instant tid) {
        return tid == null ? null : LocalDateTime.ofInstant(tid, SvenskTid.ZON);
    }

    private static String namn(Anvandare anvandare) {
        return anvandare == null ? null : anvandare.namn();
    }

    private static String text(Collection<String> delar) {
        return delar.isEmpty() ? null : delar.stream().collect(Collectors.joining("; "));
    }

    /** The workbook's few cell styles, made once: a workbook holds at most some 64,000. */
    private static final class Stilar {
        private final CellStyle rubrik;
        private final CellStyle datum;
        private final CellStyle tid;

        private Stilar(Workbook bok) {
            Font fet = bok.createFont();
            fet.setBold(true);
            rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            datum = bok.createCellStyle();
            datum.setDataFormat(bok.createDataFormat().getFormat("yyyy-mm-dd"));
            tid = bok.createCellStyle();
            tid.setDataFormat(bok.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }
    }
}
