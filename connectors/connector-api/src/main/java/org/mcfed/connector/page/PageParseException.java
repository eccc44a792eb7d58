package org.mcfed.connector.page;

/**
 * A page that was fetched but cannot be read as the source's page shape (no details table, no
 * reference, an unreadable listing). Permanent: the record is emitted with the reason in
 * {@code RawRecord.problems} and rejected downstream, never dropped and never a crash.
 */
public class PageParseException extends Exception {

    public PageParseException(String reason) {
        super(reason);
    }
}
