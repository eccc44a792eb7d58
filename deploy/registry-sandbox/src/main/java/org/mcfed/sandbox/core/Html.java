package org.mcfed.sandbox.core;

/** HTML text escaping and the small formatting helpers every page renderer shares. */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '&': rep = "&amp;"; break;
                case '<': rep = "&lt;"; break;
                case '>': rep = "&gt;"; break;
                case '"': rep = "&quot;"; break;
                default: rep = null;
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Escapes and, for windows-1252 pages, writes characters outside that charset as numeric references. */
    public static String escLatin(String s) {
        String e = esc(s);
        StringBuilder sb = null;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c > 0xff && c != '\u2013' && c != '\u2014' && c != '\u2018' && c != '\u2019' && c != '\u201c' && c != '\u201d') {
                if (sb == null) {
                    sb = new StringBuilder(e.length() + 16).append(e, 0, i);
                }
                sb.append("&#").append((int) c).append(';');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? e : sb.toString();
    }

    /**
     * {@code s} form-encoded as {@link java.net.URLEncoder} encodes it in UTF-8. ASCII is encoded here: every HKQR
     * page links its other editions by an encoded id, and the sitemap lists every record's; the JDK's encoder was a
     * third of the sandbox's Java time building HKQR's sitemap, the gzip aside (BENCHMARKS.md, twenty-ninth session).
     */
    public static String urlEncode(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && unreserved(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
            }
            if (unreserved(c)) {
                out.append(c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The chars the form encoding keeps as they are. */
    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '*' || c == '_';
    }

    public static String pad(long n, int width) {
        String s = Long.toString(n);
        if (s.length() >= width) {
            return s;
        }
        StringBuilder sb = new StringBuilder(width);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }
}
