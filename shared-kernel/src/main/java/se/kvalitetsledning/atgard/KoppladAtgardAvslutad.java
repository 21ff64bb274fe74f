package se.kvalitetsledning.atgard;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Recorded by a source: one of its åtgärder was carried out or written off. */
@Revision("1")
public record KoppladAtgardAvslutad(
        Kalla kalla,
        AtgardId atgard,
        AtgardStatus status,
        Instant tid) {
}
