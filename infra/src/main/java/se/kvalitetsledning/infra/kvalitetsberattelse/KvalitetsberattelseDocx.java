package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer.Avsnittsvy;
import se.kvalitetsledning.kvalitetsberattelse.KvalitetsberattelseDetaljer.Tabellvy;
import se.kvalitetsledning.kvalitetsberattelse.Tabell;

/**
 * The kvalitetsberättelse as a Word document a municipality goes on editing: real heading styles (so Word's
 * navigation pane and table of contents find the sections), the narrative, and each table with what it was built
 * from, its chart as a picture where it has one, and the comment beside it.
 */
@Component
class KvalitetsberattelseDocx {

    private static final String RUBRIK_1 = "Rubrik1";
    private static final String RUBRIK_2 = "Rubrik2";
    /** The chart's width on the page: the text width of an A4 page with Word's default margins. */
    private static final int DIAGRAMBREDD_PUNKTER = 450;

    private final Kvalitetsdiagram diagram;

    KvalitetsberattelseDocx(Kvalitetsdiagram diagram) {
        this.diagram = diagram;
    }

    byte[] skapa(KvalitetsberattelseDetaljer berattelse) {
        try (XWPFDocument dokument = new XWPFDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            XWPFStyles stilar = dokument.createStyles();
            stilar.addStyle(rubrikstil(RUBRIK_1, "heading 1", 0));
            stilar.addStyle(rubrikstil(RUBRIK_2, "heading 2", 1));
            text(dokument.createParagraph(), Kvalitetsdokument.titel(berattelse), 20, true, false);
            text(dokument.createParagraph(), berattelse.omfangsnamn(), 14, false, false);
            text(dokument.createParagraph(), Kvalitetsdokument.status(berattelse), 10, false, true);
            int nummer = 1;
            for (Avsnittsvy avsnitt : berattelse.avsnitt()) {
                avsnitt(dokument, nummer++, avsnitt);
            }
            dokument.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void avsnitt(XWPFDocument dokument, int nummer, Avsnittsvy avsnitt) {
        XWPFParagraph rubrik = dokument.createParagraph();
        rubrik.setStyle(RUBRIK_1);
        text(rubrik, nummer + ". " + avsnitt.rubrik(), 16, true, false);
        for (String stycke : Kvalitetsdokument.stycken(avsnitt.text())) {
            text(dokument.createParagraph(), stycke, 11, false, false);
        }
        for (Tabellvy tabell : avsnitt.tabeller()) {
            tabell(dokument, tabell);
        }
    }

    private void tabell(XWPFDocument dokument, Tabellvy vy) {
        Tabell tabell = vy.tabell();
        XWPFParagraph rubrik = dokument.createParagraph();
        rubrik.setStyle(RUBRIK_2);
        text(rubrik, tabell.titel(), 12, true, false);
        XWPFTable ut = dokument.createTable(tabell.rader().size() + 1, tabell.kolumner().size());
        ut.setWidth("100%");
        rad(ut.getRow(0), tabell.kolumner(), true);
        for (int i = 0; i < tabell.rader().size(); i++) {
            rad(ut.getRow(i + 1), tabell.rader().get(i).celler(), false);
        }
        text(dokument.createParagraph(), tabell.byggtFran(), 8, false, true);
        diagram.av(tabell).ifPresent(d -> bild(dokument, d));
        if (!vy.kommentar().isBlank()) {
            text(dokument.createParagraph(), "Kommentar: " + vy.kommentar(), 10, false, false);
        }
    }

    private static void bild(XWPFDocument dokument, Kvalitetsdiagram.Diagram diagram) {
        XWPFRun run = dokument.createParagraph().createRun();
        try {
            run.addPicture(new ByteArrayInputStream(diagram.png()), Document.PICTURE_TYPE_PNG,
                    diagram.tabell() + ".png", Units.toEMU(DIAGRAMBREDD_PUNKTER),
                    Units.toEMU((double) DIAGRAMBREDD_PUNKTER * diagram.hojd() / diagram.bredd()));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("Diagrammet kunde inte läggas in: " + diagram.tabell(), e);
        }
        // Word reads the description as the picture's alt text
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(diagram.alttext());
        text(dokument.createParagraph(), diagram.bildtext(), 8, false, true);
    }

    private static void rad(XWPFTableRow rad, List<String> celler, boolean rubrik) {
        for (int i = 0; i < celler.size(); i++) {
            XWPFParagraph stycke = rad.getCell(i).getParagraphs().get(0);
            text(stycke, celler.get(i), 10, rubrik, false);
        }
        if (rubrik) {
            rad.setRepeatHeader(true);
        }
    }

    private static void text(XWPFParagraph stycke, String text, int storlek, boolean fet, boolean kursiv) {
        XWPFRun run = stycke.createRun();
        run.setText(text);
        run.setFontSize(storlek);
        run.setBold(fet);
        run.setItalic(kursiv);
    }

    private static XWPFStyle rubrikstil(String id, String namn, int niva) {
        CTStyle stil = CTStyle.Factory.newInstance();
        stil.setStyleId(id);
        stil.setType(STStyleType.PARAGRAPH);
        stil.addNewName().setVal(namn);
        stil.addNewQFormat();
        stil.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(niva));
        return new XWPFStyle(stil);
    }
}
