package se.kvalitetsledning.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import se.kvalitetsledning.organisation.Organisationsnod.Niva;

/**
 * One node of the organisation tree. The key joins level and id, since a förvaltning, a verksamhetsområde
 * and an enhet are separate aggregates whose ids may coincide.
 */
@Document("organisation")
record OrganisationsnodDokument(@Id String nyckel, String nodId, Niva niva, String namn, String overordnad,
                                long version) {

    static OrganisationsnodDokument av(Niva niva, String nodId, String namn, String overordnad, long version) {
        return new OrganisationsnodDokument(nyckel(niva, nodId), nodId, niva, namn, overordnad, version);
    }

    static String nyckel(Niva niva, String nodId) {
        return niva + ":" + nodId;
    }

    Organisationsnod somNod() {
        return new Organisationsnod(nodId, niva, namn, overordnad);
    }
}
