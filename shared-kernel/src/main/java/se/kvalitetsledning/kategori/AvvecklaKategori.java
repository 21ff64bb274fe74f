package se.kvalitetsledning.kategori;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.kvalitetsledning.gemensamt.Aktor;

/** Retires a category: it stays readable in history and can no longer be chosen for new cases. */
public record AvvecklaKategori(
        @TargetAggregateIdentifier @NotNull KategoriId id,
        @NotBlank @Size(max = 1000) String skal,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
