package se.kvalitetsledning.egenkontroll;

/**
 * Whether a question is asked of a sample item: always without a condition; with one, when the question it points to
 * is itself asked of the item and got the required answer. A recorded answer to a question that is not asked (its
 * condition changed afterwards) is kept but counts nowhere.
 */
public final class Fragetillamplighet {

    private final Mallversion mall;
    private final Svarsuppslag svar;

    public Fragetillamplighet(Mallversion mall, Svarsuppslag svar) {
        this.mall = mall;
        this.svar = svar;
    }

    public boolean galler(String post, Fraga fraga) {
        Villkor villkor = fraga.villkor();
        if (villkor == null) {
            return true;
        }
        Fraga villkorsfraga = mall.fraga(villkor.fraga())
                .orElseThrow(() -> new IllegalStateException("Villkor utan fråga: " + villkor.fraga()));
        Svar givet = svar.svar(post, villkor.fraga());
        return givet != null && givet.alternativ() == villkor.svar() && galler(post, villkorsfraga);
    }
}
