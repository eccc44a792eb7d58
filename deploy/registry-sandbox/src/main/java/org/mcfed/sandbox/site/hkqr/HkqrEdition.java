package org.mcfed.sandbox.site.hkqr;

/**
 * The language editions of an HKQR detail page: English, Traditional Chinese and Simplified
 * Chinese, the last the Traditional page written in Simplified characters.
 */
enum HkqrEdition {
    EN("/HKQRPRD/web/hkqr-en/search/", "en", "English"),
    TC("/HKQRPRD/web/hkqr-tc/search/", "zh-Hant", "繁體中文"),
    SC("/HKQRPRD/web/hkqr-sc/search/", "zh-Hans", "简体中文");

    /** The edition's folder under the source's base path. */
    final String path;
    /** The BCP 47 tag of {@code <html lang>}. */
    final String lang;
    /** How the language switcher names the edition. */
    final String linkText;

    HkqrEdition(String path, String lang, String linkText) {
        this.path = path;
        this.lang = lang;
        this.linkText = linkText;
    }

    boolean chinese() {
        return this != EN;
    }

    /** Text as this edition prints it: Simplified characters on the Simplified page, as given elsewhere. */
    String script(String text) {
        return this == SC ? SimplifiedChinese.of(text) : text;
    }
}
