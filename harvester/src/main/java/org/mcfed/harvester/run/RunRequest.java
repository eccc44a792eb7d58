package org.mcfed.harvester.run;

/** The answer to a request for a run: whether it started, or why not. */
public enum RunRequest {
    STARTED,
    ALREADY_RUNNING,
    NOT_OWNER,
    PAUSED,
    BREAKER_OPEN,
    DISABLED,
    UNKNOWN_SOURCE,
    NOTHING_TO_RESUME,
    SHUT_DOWN
}
