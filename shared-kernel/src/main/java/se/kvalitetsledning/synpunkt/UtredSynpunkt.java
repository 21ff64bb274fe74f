package se.kvalitetsledning.synpunkt;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.kvalitetsledning.avvikelse.Orsaksomrade;
import se.kvalitetsledning.gemensamt.Aktor;
import se.kvalitetsledning.gemensamt.Kvalitetsomrade;
import se.kvalitetsledning.gemensamt.PersonligUppgift;
import se.kvalitetsledning.kategori.KategoriId;

/** Records the investigation and its classification. */
public record UtredSynpunkt(
        @TargetAggregateIdentifier @NotNull SynpunktId id,
        @TargetAggregateVersion Long forvantadVersion,
        KategoriId kategori,
        @NotNull Set<@NotNull Kvalitetsomrade> kvalitetsomraden,
        @NotNull Set<@NotNull Orsaksomrade> orsaksomraden,
        @PersonligUppgift @NotBlank @Size(max = 8000) String analys,
        @NotNull Aktor aktor,
        @NotNull Instant tid) {
}
