package se.kvalitetsledning.infra.lexsarah;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import se.kvalitetsledning.avvikelse.BakomliggandeOrsak;
import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Anvandare;
import se.kvalitetsledning.gemensamt.SvenskTid;
import se.kvalitetsledning.infra.dokument.PdfA;
import se.kvalitetsledning.infra.webb.Tidsformat;
import se.kvalitetsledning.lexsarah.Bedomningsniva;
import se.kvalitetsledning.lexsarah.Handelsetyp;
import se.kvalitetsledning.lexsarah.Informationsstatus;
import se.kvalitetsledning.lexsarah.IvoAnmalan;
import se.kvalitetsledning.lexsarah.IvoAnmalan.OmedelbarAtgard;
import se.kvalitetsledning.lexsarah.LexSarahUtredning;
import se.kvalitetsledning.lexsarah.Polisanmalan;
import se.kvalitetsledning.lexsarah.Rapportsatt;
import se.kvalitetsledning.lexsarah.Verksamhetsuppgifter;

class IvoAnmalanPdfTest {

    private static final String ARENDE = "0b8e4f52-61d3-4c1a-8f0e-5d2a7c9b3e11";
    private static final String DIARIENUMMER = "3.5.1-12345/2025";
    private static final Anvandare KARIN = new Anvandare("karin", "Karin Lund");
    private static final Anvandare LARS = new Anvandare("lars", "Lars Nord");
    /** 05:00 on Monday 10 March 2025 in Sweden. */
    private static final Instant INTRAFFADE = Instant.parse("2025-03-10T04:00:00Z");
    private static final Instant MOTTAGEN = Instant.parse("2025-03-10T09:00:00Z");
    private static final Instant BEDOMD = Instant.parse("2025-03-11T13:30:00Z");

    private final IvoAnmalanPdf pdf = new IvoAnmalanPdf(new PdfA(mallar()), new Tidsformat());

    @Nested
    class Anmalan {

        @Test
        void innehallerFalletsUppgifter() throws IOException {
            String text = text(pdf.anmalan(anmalan(utredning()), ARENDE, DIARIENUMMER, false));

            assertThat(text).contains("Anmälan enligt lex Sarah", "Ärende " + ARENDE,
                    "IVO:s diarienummer " + DIARIENUMMER, "Datum för anmälan 2025-03-12",
                    "Förvaltning Socialförvaltningen", "Verksamhetsområde LSS", "Enhet Åsens gruppbostad",
                    "Kontaktperson Lars Nord", "Inträffade 2025-03-10 05:00", "Rapporten togs emot 2025-03-10 10:00",
                    "Rapporterades Muntlig", "Fysiskt övergrepp", "Bemötande och integritet",
                    "Den enskilde (enhetens kod) B-17", "Berörs barn Nej",
                    "En brukare knuffades i hallen av en kollega",
                    "Kollegan flyttades till annan enhet", "Registrerad av Karin Lund, 2025-03-10 10:30",
                    "Bedömning Allvarligt missförhållande", "Bedömd av Lars Nord", "Bedömd 2025-03-11 14:30",
                    "Brukarens trygghet hotades");
        }

        @Test
        void innehallerUtredningensSvar() throws IOException {
            String text = text(pdf.anmalan(anmalan(utredning()), ARENDE, DIARIENUMMER, false));

            assertThat(text).contains("Brukaren knuffades vid överlämningen", "Omgivning/organisation",
                    "Procedurer/rutiner/riktlinjer", "Tidsbrist", "Analys Ensam personal vid överlämningen",
                    "Dubbelbemanning vid överlämning", "Den enskilde informerad Ja",
                    "God man eller förvaltare informerad Ej aktuellt", "Närstående informerade Nej",
                    "Dokumenterat i personakten Ja", "Polisanmälan Övervägs", "Inga barn berörs enligt utredningen")
                    .doesNotContain("bifogas senare");
        }

        @Test
        void sagerAttUtredningenBifogasSenareNarDenInteArKlar() throws IOException {
            String text = text(pdf.anmalan(anmalan(null), ARENDE, DIARIENUMMER, false));

            assertThat(text)
                    .contains("Utredningen är inte klar. Den bifogas senare som en komplettering till anmälan.")
                    .doesNotContain("Orsaksområden");
        }

        @Test
        void sagerSkaletNarOmedelbaraAtgarderInteBehovdes() throws IOException {
            IvoAnmalan anmalan = anmalan(null, List.of(), "Kollegan var redan ledig");

            String text = text(pdf.anmalan(anmalan, ARENDE, DIARIENUMMER, false));

            assertThat(text)
                    .contains("Omedelbara åtgärder har bedömts inte behövas. Skäl:", "Kollegan var redan ledig");
        }

        @Test
        void utanDiarienummerSagsAttDetInteArKantAnnu() throws IOException {
            String text = text(pdf.anmalan(anmalan(utredning()), ARENDE, null, false));

            assertThat(text).contains("IVO:s diarienummer Inte känt ännu").doesNotContain("IVO:s diarienummer:");
        }

        @Test
        void utkastetMarkerasPaVarjeSida() throws IOException {
            byte[] utkast = pdf.anmalan(anmalan(utredning()), ARENDE, null, true);

            try (PDDocument dokument = Loader.loadPDF(utkast)) {
                assertThat(dokument.getNumberOfPages()).isGreaterThan(1);
                for (int sida = 1; sida <= dokument.getNumberOfPages(); sida++) {
                    assertThat(sidtext(dokument, sida)).contains("UTKAST – inte skickad");
                }
            }
        }

        @Test
        void denSkickadeAnmalanArInteMarkeradSomUtkast() throws IOException {
            String text = text(pdf.anmalan(anmalan(utredning()), ARENDE, DIARIENUMMER, false));

            assertThat(text).doesNotContainIgnoringCase("utkast");
        }

        @Test
        void fritextVisasSomDenSkrevs() throws IOException {
            IvoAnmalan anmalan = anmalan(null, List.of(), "<b>x</b> & <script>y</script>\u0007");

            String text = text(pdf.anmalan(anmalan, ARENDE, DIARIENUMMER, false));

            assertThat(text).contains("<b>x</b> & <script>y</script>");
        }

        @Test
        void sammaAnmalanGerSammaBytesHurMangaGangerDenAnOmskapas() {
            IvoAnmalan anmalan = anmalan(utredning());
            IvoAnmalan sammaIAnnanOrdning = new IvoAnmalan(anmalan.verksamhet(), anmalan.kontaktperson(),
                    anmalan.skickad(), anmalan.intraffade(), anmalan.mottagen(), anmalan.rapportsatt(),
                    omvand(anmalan.handelsetyper()), anmalan.barnBerort(), anmalan.beskrivning(),
                    anmalan.brukarreferens(), anmalan.omedelbaraAtgarder(), anmalan.omedelbaraAtgarderEjBehovligaSkal(),
                    anmalan.utredning(), anmalan.niva(), anmalan.motivering(), anmalan.bedomdAv(), anmalan.bedomd());

            byte[] forsta = pdf.anmalan(anmalan, ARENDE, DIARIENUMMER, false);

            assertThat(pdf.anmalan(anmalan, ARENDE, DIARIENUMMER, false)).isEqualTo(forsta);
            assertThat(pdf.anmalan(sammaIAnnanOrdning, ARENDE, DIARIENUMMER, false)).isEqualTo(forsta);
            assertThat(pdf.anmalan(anmalan, ARENDE, "3.5.1-99999/2025", false)).isNotEqualTo(forsta);
        }

        @Test
        void arEnPdfA3uMedInbaddadeTypsnittOchDagenDaDenSkickades() throws IOException {
            try (PDDocument dokument = Loader.loadPDF(pdf.anmalan(anmalan(utredning()), ARENDE, null, false))) {
                String xmp = new String(dokument.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
                assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>",
                        "2025-03-12T00:00:00+01:00");
                assertThat(dokument.getDocumentCatalog().getOutputIntents()).hasSize(1);
                assertThat(dokument.getDocumentInformation().getCreationDate().toInstant())
                        .isEqualTo(SvenskTid.dagensBorjan(LocalDate.of(2025, 3, 12)));
                assertThat(dokument.getDocumentInformation().getTitle())
                        .isEqualTo("Anmälan enligt lex Sarah – ärende " + ARENDE);
                for (PDPage sida : dokument.getPages()) {
                    for (var namn : sida.getResources().getFontNames()) {
                        PDFont typsnitt = sida.getResources().getFont(namn);
                        assertThat(typsnitt.isEmbedded()).as(typsnitt.getName()).isTrue();
                    }
                }
            }
        }
    }

    @Nested
    class Komplettering {

        @Test
        void hanvisarTillAnmalanOchInnehallerTexten() throws IOException {
            byte[] komplettering = pdf.komplettering(ARENDE, DIARIENUMMER, LocalDate.of(2025, 3, 20),
                    "Utredningen är klar och bifogas.\nSe bilaga 1 <i>nu</i>.", LARS);

            try (PDDocument dokument = Loader.loadPDF(komplettering)) {
                assertThat(dokument.getNumberOfPages()).isEqualTo(1);
                assertThat(sidtext(dokument, 1).replaceAll("\\s+", " ")).contains(
                        "Komplettering till anmälan enligt lex Sarah", "Ärende " + ARENDE,
                        "IVO:s diarienummer " + DIARIENUMMER, "Datum för kompletteringen 2025-03-20",
                        "Kompletteringen skickas av Lars Nord",
                        "Utredningen är klar och bifogas. Se bilaga 1 <i>nu</i>.")
                        .doesNotContainIgnoringCase("utkast");
            }
        }

        @Test
        void sammaKompletteringGerSammaBytes() {
            byte[] forsta = pdf.komplettering(ARENDE, null, LocalDate.of(2025, 3, 20), "Utredningen bifogas.", LARS);

            assertThat(pdf.komplettering(ARENDE, null, LocalDate.of(2025, 3, 20), "Utredningen bifogas.", LARS))
                    .isEqualTo(forsta);
        }
    }

    private static IvoAnmalan anmalan(LexSarahUtredning utredning) {
        return anmalan(utredning, List.of(new OmedelbarAtgard("Kollegan flyttades till annan enhet", KARIN,
                Instant.parse("2025-03-10T09:30:00Z"))), null);
    }

    private static IvoAnmalan anmalan(LexSarahUtredning utredning, List<OmedelbarAtgard> atgarder,
                                      String ejBehovligaSkal) {
        return new IvoAnmalan(new Verksamhetsuppgifter("Socialförvaltningen", "LSS", "Åsens gruppbostad"), LARS,
                LocalDate.of(2025, 3, 12), INTRAFFADE, MOTTAGEN, Rapportsatt.MUNTLIG,
                Set.of(Handelsetyp.FYSISKT_OVERGREPP, Handelsetyp.BEMOTANDE_INTEGRITET), false,
                "En brukare knuffades i hallen av en kollega", "B-17", atgarder, ejBehovligaSkal, utredning,
                Bedomningsniva.ALLVARLIGT_MISSFORHALLANDE, "Brukarens trygghet hotades", LARS, BEDOMD);
    }

    private static LexSarahUtredning utredning() {
        return new LexSarahUtredning(Set.of(Handelsetyp.FYSISKT_OVERGREPP), "Brukaren knuffades vid överlämningen",
                Set.of(Orsaksomrade.OMGIVNING_ORGANISATION, Orsaksomrade.PROCEDURER_RUTINER_RIKTLINJER),
                Set.of(BakomliggandeOrsak.TIDSBRIST), "Ensam personal vid överlämningen",
                "Dubbelbemanning vid överlämning", Informationsstatus.JA, Informationsstatus.EJ_AKTUELLT,
                Informationsstatus.NEJ, true, Polisanmalan.OVERVAGS, false, null);
    }

    private static <E extends Enum<E>> Set<E> omvand(Set<E> varden) {
        return new LinkedHashSet<>(varden.stream().sorted((a, b) -> b.compareTo(a)).toList());
    }

    /** Configured like Spring Boot's: templates/ on the class path, HTML, UTF-8. */
    private static SpringTemplateEngine mallar() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine mallar = new SpringTemplateEngine();
        mallar.setTemplateResolver(resolver);
        return mallar;
    }

    /** The text of all pages, with line breaks and runs of spaces as one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(dokument).replaceAll("\\s+", " ");
        }
    }

    private static String sidtext(PDDocument dokument, int sida) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(sida);
        stripper.setEndPage(sida);
        return stripper.getText(dokument);
    }
}
