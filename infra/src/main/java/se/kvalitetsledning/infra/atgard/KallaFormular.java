package se.kvalitetsledning.infra.atgard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.kvalitetsledning.atgard.Kalltyp;
import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/** "Koppla till ytterligare ett ärende": its kind, and its id or the address of its page. */
public class KallaFormular extends HandlaggningFormular {

    @NotNull(message = "Välj typ av ärende")
    private Kalltyp typ;

    @NotBlank(message = "Ange ärendets id eller adress")
    @Size(max = 500, message = "Högst 500 tecken")
    private String id;

    static KallaFormular av(long version) {
        KallaFormular formular = new KallaFormular();
        formular.setVersion(version);
        return formular;
    }

    /** The case named, with the id taken from a pasted address; as typed when it holds no id. */
    NyAtgard.Kallhanvisning tillHanvisning() {
        return new NyAtgard.Kallhanvisning(typ, Kallparameter.uuid(id).orElse(id));
    }

    public Kalltyp getTyp() {
        return typ;
    }

    public void setTyp(Kalltyp typ) {
        this.typ = typ;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
