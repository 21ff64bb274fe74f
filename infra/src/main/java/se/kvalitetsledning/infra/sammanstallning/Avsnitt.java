package se.kvalitetsledning.infra.sammanstallning;

import java.util.List;

/** A part of the summary: its heading, lines of text (the flagged patterns) and its tables. */
record Avsnitt(String id, String rubrik, List<String> text, List<Tabell> tabeller) {

    Avsnitt {
        text = List.copyOf(text);
        tabeller = List.copyOf(tabeller);
    }
}
