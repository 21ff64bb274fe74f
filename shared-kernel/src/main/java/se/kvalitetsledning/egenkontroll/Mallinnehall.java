package se.kvalitetsledning.egenkontroll;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/**
 * What a version of a kontrollmall says: its name and purpose, the kvalitetsområden it follows up, the questions in
 * the order they are asked, and the traffic light. A draft may be incomplete; {@link Mallgranskning} says what keeps
 * it from being published.
 */
public record Mallinnehall(
        @NotBlank(message = "Ange ett namn") @Size(max = 200, message = "Högst 200 tecken") String namn,
        @Size(max = 4000, message = "Högst 4000 tecken") String beskrivning,
        @NotNull(message = "Ange kvalitetsområden") Set<@NotNull Kvalitetsomrade> kvalitetsomraden,
        @NotNull(message = "Ange frågorna") @Size(max = 200, message = "Högst 200 frågor")
        List<@NotNull @Valid Fraga> fragor,
        @NotNull(message = "Ange trösklarna") @Valid Trosklar trosklar) {

    /** A new template's first draft: no questions yet, the standard traffic light. */
    public static Mallinnehall ny(String namn, String beskrivning, Set<Kvalitetsomrade> kvalitetsomraden) {
        return new Mallinnehall(namn, beskrivning, kvalitetsomraden, List.of(), Trosklar.STANDARD);
    }
}
