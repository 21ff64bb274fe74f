package se.kvalitetsledning.infra.egenkontroll;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.validation.Errors;

import se.kvalitetsledning.infra.webb.HandlaggningFormular;

/**
 * A draw as the form sends it: the population as opaque references pasted one per line (file numbers, never
 * personnummer) and the sample size; without a size the whole population is taken.
 */
public class StickprovFormular extends HandlaggningFormular {

    private static final int HOGST_POSTER = 5000;
    private static final int HOGST_TECKEN = 100;

    private String population;
    @Min(value = 1, message = "Stickprovet ska ha 1–5000 poster")
    @Max(value = HOGST_POSTER, message = "Stickprovet ska ha 1–5000 poster")
    private Integer stickprovsstorlek;

    /** The non-empty lines, trimmed. */
    List<String> referenser() {
        if (population == null) {
            return List.of();
        }
        return Arrays.stream(population.split("\\R")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    /** What the command's rules would refuse, said at the field before anything is sent. */
    void kontrollera(Errors fel) {
        List<String> referenser = referenser();
        if (referenser.isEmpty() || referenser.size() > HOGST_POSTER) {
            fel.rejectValue("population", "antal", "Klistra in 1–5000 referenser, en per rad");
        } else if (referenser.stream().anyMatch(r -> r.length() > HOGST_TECKEN)) {
            fel.rejectValue("population", "langd", "En referens får ha högst " + HOGST_TECKEN + " tecken");
        } else if (stickprovsstorlek != null && !fel.hasFieldErrors("stickprovsstorlek")
                && stickprovsstorlek > referenser.size()) {
            fel.rejectValue("stickprovsstorlek", "storlek",
                    "Stickprovet kan inte vara större än populationen (" + referenser.size() + ")");
        }
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public Integer getStickprovsstorlek() {
        return stickprovsstorlek;
    }

    public void setStickprovsstorlek(Integer stickprovsstorlek) {
        this.stickprovsstorlek = stickprovsstorlek;
    }
}
