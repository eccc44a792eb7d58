package org.mcfed.col.record;

import java.util.List;

/** Type of assessment: {@code types} from {@link org.mcfed.col.vocab.Vocabularies#ASSESSMENT_TYPES}, plus the text as published. */
public record Assessment(List<String> types, String description) {
}
