package org.mcfed.index.ui;

import java.util.List;

/**
 * The four UI languages with what a learner must read in each: the ms mode {@code online} reads
 * "Dalam talian", the MQA record's fee is "RM 500.00" in Malaysia, a date is "2025年3月1日" in Chinese.
 */
enum UiLanguage {
    EN("en", "Online", "Blended", "Mode of learning", "Not stated", "MYR 500.00", "Mar 1, 2025"),
    ZH_HANT("zh-Hant", "網上", "混合模式", "學習模式", "未有註明", "MYR 500.00", "2025年3月1日"),
    ZH_HANS("zh-Hans", "在线", "混合式", "学习方式", "未注明", "MYR 500.00", "2025年3月1日"),
    MS("ms", "Dalam talian", "Teradun", "Mod pembelajaran", "Tidak dinyatakan", "RM 500.00", "1 Mac 2025");

    final String tag;
    final String online;
    final String blended;
    final String modeFacet;
    final String notStated;
    /** The MQA record's cost, 500 MYR, as this locale writes money. */
    final String mqaCost;
    /** 2025-03-01 (the catalogue's updatedAt day) as this locale writes a date. */
    final String march1;

    UiLanguage(String tag, String online, String blended, String modeFacet, String notStated, String mqaCost, String march1) {
        this.tag = tag;
        this.online = online;
        this.blended = blended;
        this.modeFacet = modeFacet;
        this.notStated = notStated;
        this.mqaCost = mqaCost;
        this.march1 = march1;
    }

    static List<UiLanguage> all() {
        return List.of(values());
    }
}
