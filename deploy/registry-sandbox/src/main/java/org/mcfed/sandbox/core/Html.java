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

    public static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
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
