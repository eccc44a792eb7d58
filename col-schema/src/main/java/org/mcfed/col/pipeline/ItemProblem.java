package org.mcfed.col.pipeline;

/**
 * One item of a feed page that the harvest could not take as it stood, named in the
 * {@link RunReport} so a registry can find and mend it. An item the harvest could identify still
 * travels on as a raw record with its problems (and is rejected downstream with them); one it could
 * not identify (no id, not a record at all) is known only from this entry.
 *
 * @param page    the URL of the page the item was on
 * @param item    where on the page: {@code records[3]}, {@code deleted[0]}, {@code record[7]} (OAI-PMH), 0-based
 * @param id      the item's id when it has one, else null
 * @param problem what is wrong with it
 */
public record ItemProblem(String page, String item, String id, String problem) {
}
