package se.kvalitetsledning.infra.kvalitetsberattelse;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.kvalitetsberattelse.Tabell;

/**
 * Draws the charts the DOCX and the PDF show beside their tables, as PNG: the avvikelser per category this year and
 * the year before as bars, and the egenkontroller's colours as one stacked bar per year. They are drawn from the
 * stored table, so a fastställd edition's charts are as frozen as its numbers; the table holds the exact figures.
 */
@Component
class Kvalitetsdiagram {

    /** A chart of a table: its PNG, its alt text and the caption printed under it. */
    record Diagram(String tabell, byte[] png, int bredd, int hojd, String alttext, String bildtext) {

        public String dataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        }
    }

    private static final int BREDD = 640;
    private static final int SKALA = 2;
    private static final int FLEST_KATEGORIER = 10;
    private static final Color IFJOL = new Color(0x8a, 0x8a, 0x8a);
    private static final Color IAR = new Color(0x1d, 0x4f, 0x91);
    private static final Map<String, Color> FARGER = Map.of(
            "Grön", new Color(0x1f, 0x6b, 0x3a),
            "Gul", new Color(0xe0, 0xa8, 0x00),
            "Röd", new Color(0xb3, 0x26, 0x1e));

    private final StandardChartTheme tema = tema(typsnitt());

    /** The chart of the table, for the tables that have one. */
    Optional<Diagram> av(Tabell tabell) {
        return switch (tabell.nyckel()) {
            case "avvikelser-kategorier" -> kategorier(tabell);
            case "egenkontroller-resultat" -> farger(tabell);
            default -> Optional.empty();
        };
    }

    private Optional<Diagram> kategorier(Tabell tabell) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Tabell.Rad> rader = utanTotalt(tabell).stream().limit(FLEST_KATEGORIER).toList();
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        for (Tabell.Rad rad : rader) {
            data.addValue(tal(rad, 1), tabell.kolumner().get(1), rad.celler().get(0));
            data.addValue(tal(rad, 2), tabell.kolumner().get(2), rad.celler().get(0));
        }
        JFreeChart diagram = diagram(data, new BarRenderer());
        diagram.getCategoryPlot().getRenderer().setSeriesPaint(0, IFJOL);
        diagram.getCategoryPlot().getRenderer().setSeriesPaint(1, IAR);
        int hojd = 110 + rader.size() * 44;
        String vad = "Stapeldiagram: " + tabell.titel().toLowerCase() + ", " + tabell.kolumner().get(1) + " och "
                + tabell.kolumner().get(2) + (utanTotalt(tabell).size() > FLEST_KATEGORIER
                ? ", de " + FLEST_KATEGORIER + " vanligaste kategorierna" : "");
        return Optional.of(ritat(tabell, diagram, hojd, vad));
    }

    private Optional<Diagram> farger(Tabell tabell) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Tabell.Rad> rader = utanTotalt(tabell);
        if (rader.stream().allMatch(r -> tal(r, 1) + tal(r, 2) == 0)) {
            return Optional.empty();
        }
        for (Tabell.Rad rad : rader) {
            data.addValue(tal(rad, 1), rad.celler().get(0), tabell.kolumner().get(1));
            data.addValue(tal(rad, 2), rad.celler().get(0), tabell.kolumner().get(2));
        }
        JFreeChart diagram = diagram(data, new StackedBarRenderer());
        for (int i = 0; i < rader.size(); i++) {
            Paint farg = FARGER.getOrDefault(rader.get(i).celler().get(0), IAR);
            diagram.getCategoryPlot().getRenderer().setSeriesPaint(i, farg);
        }
        return Optional.of(ritat(tabell, diagram, 240, "Staplat stapeldiagram: " + tabell.titel().toLowerCase()
                + " per färg, " + tabell.kolumner().get(1) + " och " + tabell.kolumner().get(2)));
    }

    /** A horizontal bar chart in the house typeface; series colours are set after the theme, which clears them. */
    private JFreeChart diagram(DefaultCategoryDataset data, BarRenderer ritare) {
        ritare.setBarPainter(new StandardBarPainter());
        ritare.setShadowVisible(false);
        ritare.setItemMargin(0.05);
        CategoryAxis kategorier = new CategoryAxis();
        kategorier.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis antal = new NumberAxis("Antal");
        antal.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, kategorier, antal, ritare);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        JFreeChart diagram = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        tema.apply(diagram);
        return diagram;
    }

    private static Diagram ritat(Tabell tabell, JFreeChart diagram, int hojd, String vad) {
        try {
            byte[] png = ChartUtils.encodeAsPNG(diagram.createBufferedImage(BREDD * SKALA, hojd * SKALA, BREDD,
                    hojd, null));
            return new Diagram(tabell.nyckel(), png, BREDD, hojd, vad + ". Siffrorna står i tabellen ovanför.",
                    "Diagram: " + tabell.titel() + ". Tabellen ovanför har siffrorna.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Tabell.Rad> utanTotalt(Tabell tabell) {
        return tabell.rader().stream().filter(r -> !"Totalt".equals(r.celler().get(0))).toList();
    }

    /** A cell as a count; the tables print counts as plain digits. */
    private static long tal(Tabell.Rad rad, int kolumn) {
        try {
            return Long.parseLong(rad.celler().get(kolumn).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static StandardChartTheme tema(Font typsnitt) {
        StandardChartTheme tema = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        tema.setExtraLargeFont(typsnitt.deriveFont(Font.BOLD, 16f));
        tema.setLargeFont(typsnitt.deriveFont(Font.BOLD, 13f));
        tema.setRegularFont(typsnitt.deriveFont(12f));
        tema.setSmallFont(typsnitt.deriveFont(11f));
        tema.setChartBackgroundPaint(Color.WHITE);
        tema.setPlotBackgroundPaint(Color.WHITE);
        tema.setRangeGridlinePaint(new Color(0xc8, 0xc8, 0xc8));
        tema.setBarPainter(new StandardBarPainter());
        tema.setShadowVisible(false);
        return tema;
    }

    /** The PDF's typeface, so the charts read like the text around them on any server. */
    private static Font typsnitt() {
        try (InputStream in = Kvalitetsdiagram.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet saknas: LiberationSans-Regular.ttf");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
