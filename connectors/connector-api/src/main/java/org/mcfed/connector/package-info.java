/**
 * The connector contract and the shared core every registry connector is built from.
 * <p>
 * Contract (unchanged, Kafka Connect-shaped): {@link org.mcfed.connector.Connector} found by
 * {@link java.util.ServiceLoader}, {@link org.mcfed.connector.SourceTask} (start / poll / stop),
 * {@link org.mcfed.connector.PollResult}, {@link org.mcfed.connector.RawRecord},
 * {@link org.mcfed.connector.Mapper}.
 * <p>
 * Core, so a connector folder holds only URLs, a parser and a mapper:
 * <ul>
 * <li>{@code http}: {@link org.mcfed.connector.http.RegistryHttpClient} (User-Agent, per-host rate
 * limit, retries, conditional GET, size guard), the one
 * {@link org.mcfed.connector.http.FailureClassifier}, {@link org.mcfed.connector.http.RetryPolicy}.</li>
 * <li>{@code page}: {@link org.mcfed.connector.page.HtmlPages} (declared-charset decoding),
 * {@link org.mcfed.connector.page.LabelledValues} (lookup by label), {@link org.mcfed.connector.page.PageText},
 * {@link org.mcfed.connector.page.PageParseException}.</li>
 * <li>{@code listing}: {@link org.mcfed.connector.listing.HtmlRegistryTask}, the whole listing + detail
 * harvest for HTML registries; {@link org.mcfed.connector.listing.NextLinkGuard} for cursor-paged ones.</li>
 * <li>{@code mapping}: stated values for mappers ({@link org.mcfed.connector.mapping.StatedNumber},
 * {@link org.mcfed.connector.mapping.StatedLevel}, {@link org.mcfed.connector.mapping.StatedDate},
 * {@link org.mcfed.connector.mapping.StatedLanguages}, {@link org.mcfed.connector.mapping.StackabilityStatement},
 * {@link org.mcfed.connector.mapping.AssessmentTypes}) and {@link org.mcfed.connector.mapping.SourceVocabulary}
 * for a connector's value words as data.</li>
 * <li>{@code xml}: {@link org.mcfed.connector.xml.SafeXml} (DTDs and external entities off) for feeds and OAI-PMH.</li>
 * <li>{@link org.mcfed.connector.Checksums}, {@link org.mcfed.connector.RawFields} to build raw records;
 * {@link org.mcfed.connector.SourceConfigCheck} validates a source's settings at start;
 * {@code run}: {@link org.mcfed.connector.run.SourceRun} drives a task to the end (tests, one-off harvests)
 * and computes the deletion sweep.</li>
 * </ul>
 * Validators travel in {@code RawRecord.fields} under {@link org.mcfed.connector.RawRecord#ETAG_FIELD} and
 * {@link org.mcfed.connector.RawRecord#LAST_MODIFIED_FIELD} (left out of the checksum);
 * {@link org.mcfed.connector.RawRecord#toKnown()} turns a record into the next run's
 * {@link org.mcfed.connector.KnownRecord}.
 */
package org.mcfed.connector;
