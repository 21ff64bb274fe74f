package se.kvalitetsledning.infra.referensdata;

import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import se.kvalitetsledning.kategori.KategoriInfo;
import se.kvalitetsledning.kategori.ListaKategorier;
import se.kvalitetsledning.organisation.ListaOrganisation;
import se.kvalitetsledning.organisation.Organisationsnod;

/** Looks up the organisation and the category catalogue on the read side, for forms and input checks. */
@Component
public class Referensdata {

    private final QueryGateway queryGateway;

    Referensdata(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public List<Organisationsnod> organisation() {
        return queryGateway.query(new ListaOrganisation(), ResponseTypes.multipleInstancesOf(Organisationsnod.class))
                .join();
    }

    public List<Organisationsnod> enheter() {
        return organisation().stream().filter(n -> n.niva() == Organisationsnod.Niva.ENHET).toList();
    }

    public Optional<Organisationsnod> enhet(String id) {
        return enheter().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<KategoriInfo> kategorier() {
        return queryGateway.query(new ListaKategorier(), ResponseTypes.multipleInstancesOf(KategoriInfo.class)).join();
    }

    public Optional<KategoriInfo> kategori(String id) {
        return kategorier().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** A category can be chosen for a case when it exists and has not been retired. */
    public boolean valbarKategori(String id) {
        return kategori(id).map(KategoriInfo::aktiv).orElse(false);
    }
}
