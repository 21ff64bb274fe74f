package se.kvalitetsledning.infra.sammanstallning;

import java.util.List;

/** A part of the summary: its heading, lines of text (the flagged patterns) and its tables. */
public record Avsnitt(String id, String rubrik, List<String> text, List<Tabell> tabeller) {

    public Avsnitt {
        text = List.copyOf(text);
        tabeller = List.copyOf(tabeller);
    }
}
