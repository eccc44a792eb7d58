package org.mcfed.harvester.run;

import org.mcfed.connector.PollResult;
import org.mcfed.connector.SourcePosition;

/**
 * One or more polls of a source's connector on their way through the source's route, to be committed in
 * one transaction: what the registry answered last (whether the listing is done), what all of it means
 * against the known records, where the run now stands, and whether the breaker tripped (too many polls in
 * a row with nothing but failures).
 */
public record PollBatch(PollResult result, PollLedger ledger, SourcePosition position, boolean tripped) {
}
