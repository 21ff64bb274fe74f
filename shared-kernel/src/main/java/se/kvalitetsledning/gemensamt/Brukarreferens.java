package se.kvalitetsledning.gemensamt;

import java.util.regex.Pattern;

/** The brukarreferens is a code the unit uses for a person, never the person's personnummer. */
public final class Brukarreferens {

    // ÅÅMMDD or ÅÅÅÅMMDD, an optional - or +, then four digits, not inside a longer run of digits
    private static final Pattern PERSONNUMMER = Pattern.compile("(?<!\\d)(\\d{6}|\\d{8})[-+]?\\d{4}(?!\\d)");

    private Brukarreferens() {
    }

    public static boolean liknarPersonnummer(String brukarreferens) {
        return brukarreferens != null && PERSONNUMMER.matcher(brukarreferens).find();
    }
}
