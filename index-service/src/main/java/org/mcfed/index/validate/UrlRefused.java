package org.mcfed.index.validate;

/** A feed URL (or a redirect hop) the validator will not fetch, with the rule it breaks. */
final class UrlRefused extends Exception {

    UrlRefused(String message) {
        super(message);
    }
}
