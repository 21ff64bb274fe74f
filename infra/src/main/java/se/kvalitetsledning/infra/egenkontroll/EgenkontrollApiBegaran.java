package se.kvalitetsledning.infra.egenkontroll;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.egenkontroll.Fraga;
import se.kvalitetsledning.egenkontroll.FragaId;
import se.kvalitetsledning.egenkontroll.Mallinnehall;
import se.kvalitetsledning.egenkontroll.Svar;
import se.kvalitetsledning.egenkontroll.Svarsalternativ;
import se.kvalitetsledning.egenkontroll.Svarstyp;
import se.kvalitetsledning.egenkontroll.Trosklar;
import se.kvalitetsledning.egenkontroll.Villkor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * The bodies of the kontrollmall and egenkontroll API; ids are plain texts, {@code version} is an alternative to the
 * If-Match header.
 */
final class EgenkontrollApiBegaran {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String UUID_REGEL = "Ange ett UUID";
    private static final String FRAGA_ID = "[a-z0-9][a-z0-9-]{0,39}";
    private static final String FRAGA_ID_REGEL = "Högst 40 tecken: a–z, 0–9 och bindestreck";

    private EgenkontrollApiBegaran() {
    }

    record NyKontrollmall(@Pattern(regexp = UUID, message = UUID_REGEL) String id,
                          @NotBlank(message = "Ange ett namn") @Size(max = 200, message = "Högst 200 tecken")
                          String namn,
                          @Size(max = 4000, message = "Högst 4000 tecken") String beskrivning,
                          @NotNull(message = "Ange kvalitetsområden")
                          Set<@NotNull(message = "Välj ett kvalitetsområde") Kvalitetsomrade> kvalitetsomraden) {
    }

    /** The draft whole; without {@code trosklar} the standard light (90 / 70 %). */
    record Utkast(@NotBlank(message = "Ange ett namn") @Size(max = 200, message = "Högst 200 tecken") String namn,
                  @Size(max = 4000, message = "Högst 4000 tecken") String beskrivning,
                  @NotNull(message = "Ange kvalitetsområden")
                  Set<@NotNull(message = "Välj ett kvalitetsområde") Kvalitetsomrade> kvalitetsomraden,
                  @NotNull(message = "Ange frågorna") @Size(max = 200, message = "Högst 200 frågor")
                  List<@NotNull(message = "En fråga är tom") @Valid Fragerad> fragor,
                  @Valid Trosklar trosklar, Long version) {

        Mallinnehall innehall() {
            return new Mallinnehall(namn, beskrivning, kvalitetsomraden,
                    fragor.stream().map(Fragerad::fraga).toList(), trosklar == null ? Trosklar.STANDARD : trosklar);
        }
    }

    /** One question; {@code villkor}, when given, names an earlier Ja / Nej question and the answer it needs. */
    record Fragerad(@NotNull(message = "Ange frågans id") @Pattern(regexp = FRAGA_ID, message = FRAGA_ID_REGEL)
                    String id,
                    @NotBlank(message = "Ange frågans text") @Size(max = 500, message = "Högst 500 tecken")
                    String text,
                    @NotNull(message = "Ange svarstyp") Svarstyp svarstyp,
                    @Valid Villkorsrad villkor,
                    @NotNull(message = "Ange kvalitetsområde") Kvalitetsomrade kvalitetsomrade,
                    boolean obligatorisk) {

        Fraga fraga() {
            return new Fraga(new FragaId(id), text, svarstyp,
                    villkor == null ? null : new Villkor(new FragaId(villkor.fraga()), villkor.svar()),
                    kvalitetsomrade, obligatorisk);
        }
    }

    record Villkorsrad(@NotNull(message = "Ange frågan villkoret gäller")
                       @Pattern(regexp = FRAGA_ID, message = FRAGA_ID_REGEL) String fraga,
                       @NotNull(message = "Ange svaret villkoret kräver") Svarsalternativ svar) {
    }

    record NyEgenkontroll(@Pattern(regexp = UUID, message = UUID_REGEL) String id,
                          @NotNull(message = "Välj kontrollmall") @Pattern(regexp = UUID, message = UUID_REGEL)
                          String mall,
                          @NotBlank(message = "Välj enhet") @Size(max = 60, message = "Högst 60 tecken") String enhet,
                          @NotNull(message = "Ange månad") YearMonth manad,
                          @NotBlank(message = "Välj ansvarig") @Size(max = 100, message = "Högst 100 tecken")
                          String ansvarig) {
    }

    record Omplanering(@NotNull(message = "Ange månad") YearMonth manad,
                       @NotBlank(message = "Välj ansvarig") @Size(max = 100, message = "Högst 100 tecken")
                       String ansvarig, Long version) {
    }

    /**
     * The population as a size or a list of opaque references (never personnummer); without
     * {@code stickprovsstorlek} the whole population, without {@code fro} a seed the server chooses and records.
     */
    record Stickprov(Integer populationsstorlek, List<String> population, Integer stickprovsstorlek, Long fro,
                     Long version) {
    }

    record Besvarande(@NotBlank(message = "Ange posten i stickprovet") @Size(max = 100, message = "Högst 100 tecken")
                      String post,
                      @NotNull(message = "Ange frågan") @Pattern(regexp = FRAGA_ID, message = FRAGA_ID_REGEL)
                      String fraga,
                      @NotNull(message = "Ange svaret") @Valid Svar svar, Long version) {
    }

    record Installning(@NotBlank(message = "Ange skälet") @Size(max = 2000, message = "Högst 2000 tecken") String skal,
                       Long version) {
    }

    /** A step without content of its own: start, complete, publish. */
    record Steg(Long version) {
    }

    record Skapad(String id, long version) {
    }

    record Utford(String id, long version) {
    }
}
