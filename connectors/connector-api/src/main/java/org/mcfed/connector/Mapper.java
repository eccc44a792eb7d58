package org.mcfed.connector;

import org.mcfed.col.record.ColRecord;

/**
 * Maps a source's {@link RawRecord} to a COL draft: only what the source states, with ids
 * {@code <source>:<localId>}; derived values (ISCED from NQF level, hours from credits where the
 * page gives no hours) are left to {@code org.mcfed.col} enrichment. Pure and deterministic: the same
 * raw record always gives the same draft.
 */
public interface Mapper {

    /**
     * @throws MappingException when the record cannot be identified or titled, or a value is unusable
     *         in a way that makes the whole record meaningless; the reasons go to the rejects topic
     */
    ColRecord map(RawRecord raw) throws MappingException;

    /**
     * The COL id a raw record (a deletion included) stands for: {@code <source>:<localId>} for
     * registries with local ids; a connector whose source already publishes COL ids (the COL feed)
     * keeps them verbatim.
     */
    default String idOf(RawRecord raw) {
        return raw.source() + ":" + raw.localId();
    }
}
