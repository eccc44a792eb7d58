package org.mcfed.col.record;

import java.time.LocalDate;

/** Quality assurance of the credential: who assured it, how, and for which period ({@code validUntil} null = open-ended). */
public record QualityAssurance(String body, String type, LocalDate validFrom, LocalDate validUntil) {
}
