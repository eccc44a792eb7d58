package org.mcfed.col.record;

import java.util.List;

/** Stackability: {@code option} from {@link org.mcfed.col.vocab.Vocabularies#STACKABILITY_OPTIONS}; {@code towards} names what it stacks into. */
public record Stackability(String option, List<String> towards) {
}
