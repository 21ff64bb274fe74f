package se.kvalitetsledning.infra.avvikelse;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** One free text: beslutade åtgärder, återkoppling, a reason, or the optional comment of an eskalering. */
public class TextFormular extends HandlaggningFormular {

    @Size(max = 4000, message = "Högst 4000 tecken")
    private String text;

    static TextFormular med(String text, long version) {
        TextFormular formular = new TextFormular();
        formular.setText(text);
        formular.setVersion(version);
        return formular;
    }

    /** Requires the text, with the action's own words for what is missing, and at most {@code hogst} characters. */
    TextFormular kravs(Errors fel, String omTom, int hogst) {
        if (fel.hasFieldErrors("text")) {
            return this;
        }
        if (text == null || text.isBlank()) {
            fel.rejectValue("text", "NotBlank", omTom);
        } else if (text.length() > hogst) {
            fel.rejectValue("text", "Size", "Högst " + hogst + " tecken");
        }
        return this;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
