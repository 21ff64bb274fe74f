package se.kvalitetsledning.kvalitetsrad;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the meeting reviews, as the monthly summary names it: the level (HELA, FORVALTNING, VERKSAMHETSOMRADE or
 * ENHET), the node's id (null for the whole organisation) and its name when the meeting was planned.
 */
public record Motesomfattning(@NotBlank @Size(max = 20) String niva, @Size(max = 60) String id,
                              @NotBlank @Size(max = 200) String namn) {
}
