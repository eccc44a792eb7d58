package org.mcfed.harvester.run;

import org.mcfed.connector.PollResult;
import org.mcfed.connector.SourcePosition;

/**
 * One poll of a source's connector on its way through the source's route: what the registry
 * answered, what it means against the known records, where the run now stands, and whether the
 * breaker tripped on it (too many polls in a row with nothing but failures).
 */
public record PollBatch(PollResult result, PollLedger ledger, SourcePosition position, boolean tripped) {
}
