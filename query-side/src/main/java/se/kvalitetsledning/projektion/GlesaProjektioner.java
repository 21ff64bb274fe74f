package se.kvalitetsledning.projektion;

/**
 * The processing group of the read models whose events are few and far between in the store: the organisation,
 * the categories, the checklists, the indicators, the quality council's meetings, the quality reports and the risk
 * analyses share one tracking processor. Every processor reads every event of the store, and most of what one that
 * handles few costs is that reading: each of these seven was about 1 % of all samples in a JFR of a rebuild (P2 at
 * ab67698), nearly all of it reading. The price is that they stop together when one of them fails on an event, and
 * are rebuilt together.
 */
public final class GlesaProjektioner {

    public static final String NAMN = "glesa";

    private GlesaProjektioner() {
    }
}
