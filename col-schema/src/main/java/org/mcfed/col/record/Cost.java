package org.mcfed.col.record;

/** Cost to the learner; {@code amount} 0 for free, {@code currency} ISO 4217. */
public record Cost(Double amount, String currency) {
}
