package be.cpas.rules.kb.parameters;

import java.time.LocalDate;

/** The evaluated date is before the first date the knowledge base covers: it is refused, not guessed. */
public class DateOutOfRangeException extends RuntimeException {

    private final LocalDate requested;
    private final LocalDate firstSupported;

    public DateOutOfRangeException(LocalDate requested, LocalDate firstSupported) {
        super("Date " + requested + " is not supported: the legal parameters are known from "
                + firstSupported + " on (the first supported date is " + firstSupported + ")");
        this.requested = requested;
        this.firstSupported = firstSupported;
    }

    public LocalDate requested() {
        return requested;
    }

    public LocalDate firstSupported() {
        return firstSupported;
    }
}
