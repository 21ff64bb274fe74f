package se.kvalitetsledning.infra.webb;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** One free text of a case, such as a reason or a comment, with the version it was written on. */
public class TextFormular extends HandlaggningFormular {

    @Size(max = 8000, message = "Högst 8000 tecken")
    private String text;

    public static TextFormular med(String text, long version) {
        TextFormular formular = new TextFormular();
        formular.setText(text);
        formular.setVersion(version);
        return formular;
    }

    /** Requires the text, with the action's own words for what is missing, and at most {@code hogst} characters. */
    public TextFormular kravs(Errors fel, String omTom, int hogst) {
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

    /** Allows an empty text, and at most {@code hogst} characters. */
    public TextFormular hogst(Errors fel, int hogst) {
        if (!fel.hasFieldErrors("text") && text != null && text.length() > hogst) {
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
