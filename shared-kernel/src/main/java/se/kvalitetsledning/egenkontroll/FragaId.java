package se.kvalitetsledning.egenkontroll;

import java.util.Objects;

import jakarta.validation.constraints.Pattern;

/**
 * Identifies a question within a kontrollmall by a short key the author chooses, e.g. "plan-finns"; it stays the same
 * across versions so results of different versions can be compared question by question.
 */
public record FragaId(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "Högst 40 tecken: a–z, 0–9 och bindestreck")
        String value) {

    public FragaId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
