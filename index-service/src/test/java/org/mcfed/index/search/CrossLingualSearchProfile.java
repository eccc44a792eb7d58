package org.mcfed.index.search;

/** The cross-lingual search tests' application: its own start, broker and fresh index, holding their catalogue only. */
public class CrossLingualSearchProfile extends SearchApiProfile {
}
