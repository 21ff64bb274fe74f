package se.kvalitetsledning.infra.handelselager;

import com.mongodb.client.MongoDatabase;

/**
 * Data written by the first event store (the Axon MongoDB extension's) is in another format; reading it as ours
 * would misread it, so the application refuses to start on it and says what to do.
 */
public final class TidigareFormat {

    static final String AXON_MONGO_HANDELSER = "domainevents";

    private TidigareFormat() {
    }

    public static void kontrollera(MongoDatabase databas) {
        boolean finnsTidigare = databas.listCollectionNames().into(new java.util.ArrayList<>())
                .contains(AXON_MONGO_HANDELSER)
                && databas.getCollection(AXON_MONGO_HANDELSER).find().first() != null;
        if (finnsTidigare) {
            throw new IllegalStateException("Databasen '" + databas.getName() + "' innehåller händelser i det tidigare"
                    + " formatet (samlingen " + AXON_MONGO_HANDELSER + ", från Axons MongoDB-tillägg), som det här"
                    + " händelselagret inte läser. Starta med en tom datakatalog (kvalitetsledning.lagring.datakatalog)"
                    + " eller en tom databas; den gamla katalogen lämnas orörd.");
        }
    }
}
