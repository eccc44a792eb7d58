package org.mcfed.index.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's analyses give exactly the tokens (terms, positions, offsets, types) of the chains
 * built from Lucene's ICU filters ({@link ReferenceAnalyzers}), over the sandbox registries' texts,
 * messy text, and every Unicode character, so search finds what it found before.
 */
class AnalysisEquivalenceTest {

    @Test
    void sandboxTextsGiveTheSameTokens() {
        List<String> texts = lines("sandbox-texts.txt");
        assertThat(texts).hasSizeGreaterThan(1000);
        assertSameTokens(texts);
    }

    @Test
    void messyTextsGiveTheSameTokens() {
        List<String> texts = lines("messy-texts.txt");
        assertThat(String.join("", texts)).contains("^", "`", "\u0301", "ｆ", "學", "学", "🎓");
        assertSameTokens(texts);
    }

    @Test
    void everyCharacterGivesTheSameTokensAloneAndInsideWords() {
        List<String> texts = new ArrayList<>();
        StringBuilder spaced = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        for (int cp = 1; cp <= 0x3FFFF; cp++) {
            if (!Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            spaced.append("Ab").appendCodePoint(cp).append(' ').appendCodePoint(cp).append(' ');
            joined.append(Character.isLetter(cp) ? "X" : "").appendCodePoint(cp);
            if (spaced.length() > 400) {
                texts.add(spaced.toString());
                texts.add(joined.toString());
                spaced.setLength(0);
                joined.setLength(0);
            }
        }
        texts.add(spaced.toString());
        texts.add(joined.toString());
        assertSameTokens(texts);
    }

    /**
     * The indexer analyses a record's Chinese text once as {@code cjk} bigrams when its two scripts
     * render alike ({@link SimplifiedHanFilter#simplifiedRendering}): that is right only if every
     * Traditional character the rendering replaces gives the same {@code cjk} tokens as its
     * replacement, among other Han characters, Latin words and punctuation.
     */
    @Test
    void textsThatRenderAlikeGiveTheSameCjkTokens() {
        StringBuilder traditional = new StringBuilder();
        int replaced = 0;
        for (char c = '\u2E80'; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            if (!SimplifiedHanFilter.simplifiedRendering(one).equals(one)) {
                traditional.append(c).append(replaced % 7 == 0 ? " Python 3, " : replaced % 5 == 0 ? "及數據" : "");
                replaced++;
            }
        }
        assertThat(replaced).isEqualTo(SimplifiedHanFilter.simplifiedCharacters()).isGreaterThan(2000);
        String simplified = SimplifiedHanFilter.simplifiedRendering(traditional);
        assertThat(simplified).isNotEqualTo(traditional.toString());
        assertThat(SimplifiedHanFilter.simplifiedRendering(simplified)).isEqualTo(simplified);
        assertThat(terms(RecordAnalyzers.analyzer(RecordAnalyzers.CJK), traditional.toString()))
                .isEqualTo(terms(RecordAnalyzers.analyzer(RecordAnalyzers.CJK), simplified));
        assertThat(SimplifiedHanFilter.simplifiedRendering("網絡安全專業證書 (Level 4)")).isEqualTo("网络安全专业证书 (Level 4)");
    }

    @Test
    void queryTimeNormalizationIsTheSame() {
        for (String text : lines("messy-texts.txt")) {
            assertThat(RecordAnalyzers.analyzer(RecordAnalyzers.ICU).normalize("title.icu", text))
                    .isEqualTo(ReferenceAnalyzers.ICU.normalize("title.icu", text));
        }
    }

    private static void assertSameTokens(List<String> texts) {
        for (String text : texts) {
            assertThat(tokens(RecordAnalyzers.analyzer(RecordAnalyzers.ICU), text)).as("icu: %s", text)
                    .isEqualTo(tokens(ReferenceAnalyzers.ICU, text));
            assertThat(tokens(RecordAnalyzers.analyzer(RecordAnalyzers.CJK), text)).as("cjk: %s", text)
                    .isEqualTo(tokens(ReferenceAnalyzers.CJK, text));
        }
    }

    /** Each token as term, position, offsets, position length and type. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")/" + len.getPositionLength() + "/" + type.type());
            }
            ts.end();
            out.add("end@" + offset.endOffset() + "+" + inc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Each token as term and position: what the index holds of a text (offsets are not indexed). */
    private static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(t -> t.contains("[") ? t.substring(0, t.indexOf('[')) : t).toList();
    }

    private static List<String> lines(String fixture) {
        try {
            Path file = Path.of(AnalysisEquivalenceTest.class.getResource("/fixtures/analysis/" + fixture).toURI());
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                out.add(line.replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
