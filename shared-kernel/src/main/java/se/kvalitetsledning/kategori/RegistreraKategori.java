package se.kvalitetsledning.kategori;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;

/** Adds a category to the avvikelse catalogue, under a group such as "SoL/LSS" or "HSL". */
public record RegistreraKategori(
        @TargetAggregateIdentifier @NotNull KategoriId id,
        @NotBlank @Size(max = 200) String namn,
        @NotBlank @Size(max = 50) String grupp,
        @Size(max = 1000) String exempel,
        @NotNull Set<Kvalitetsomrade> kvalitetsomraden,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
