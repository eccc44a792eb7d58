package org.mcfed.connector;

import java.util.List;

/** A raw record that cannot become a COL record, with every reason as {@code {element, problem}}. */
public class MappingException extends Exception {

    /** One reason: the COL element concerned (or {@code page}) and what is wrong with it. */
    public record Reason(String element, String problem) {
    }

    private final List<Reason> reasons;

    public MappingException(List<Reason> reasons) {
        super(reasons.toString());
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
