package se.kvalitetsledning.infra.synpunkt;

import java.util.List;

/** The handlers of one enhet as the assignment's choices ({@code <optgroup>}): each its value and name. */
public record Handlaggarval(String enhetsnamn, List<Val> val) {

    public record Val(String varde, String namn) {
    }
}
