package org.mcfed.index.feed.oai;

/** The error conditions of OAI-PMH 2.0 (section 3.6); the enum name is the protocol's code. */
public enum OaiError {
    badArgument,
    badResumptionToken,
    badVerb,
    cannotDisseminateFormat,
    idDoesNotExist,
    noRecordsMatch,
    noMetadataFormats,
    noSetHierarchy
}
