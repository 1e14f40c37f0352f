package org.bricshub.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.bricshub.i18n.Language;

/**
 * Text analysis per language: smartcn for Chinese; Lucene's own analyzers (stop words, normalisation, stemming) for
 * ru, pt, hi, ar, fa, id, es, fr, en and th; for am, kk, uz, sw, ms and vi, which Lucene has no analyzer for, Unicode
 * word segmentation (UAX #29, ICU) with case and diacritic folding.
 */
final class LanguageAnalyzers implements AutoCloseable {
    private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer perField;

    LanguageAnalyzers() {
        for (Language l : Language.values()) {
            byLanguage.put(l, create(l));
        }
        Map<String, Analyzer> fields = new HashMap<>();
        for (Language l : Language.values()) {
            for (String prefix : ListingFields.TEXT_PREFIXES) {
                fields.put(prefix + l.tag(), byLanguage.get(l));
            }
        }
        perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    private static Analyzer create(Language l) {
        return switch (l) {
            case ZH -> new SmartChineseAnalyzer();
            case EN -> new EnglishAnalyzer();
            case PT -> new PortugueseAnalyzer();
            case RU -> new RussianAnalyzer();
            case HI -> new HindiAnalyzer();
            case AR -> new ArabicAnalyzer();
            case FA -> new PersianAnalyzer();
            case ID -> new IndonesianAnalyzer();
            case ES -> new SpanishAnalyzer();
            case FR -> new FrenchAnalyzer();
            case TH -> new ThaiAnalyzer();
            case AM, MS, VI, KK, UZ, SW -> new IcuAnalyzer();
        };
    }

    Analyzer of(Language language) {
        return byLanguage.get(language);
    }

    /** One analyzer for the whole document: each language's text fields go through that language's analyzer. */
    Analyzer perField() {
        return perField;
    }

    /** The terms that {@code language}'s analyzer makes of {@code text}, in order. */
    List<String> tokens(Language language, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = of(language).tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @Override
    public void close() {
        byLanguage.values().forEach(Analyzer::close);
        perField.close();
    }

    /** UAX #29 segmentation (dictionary-based for scripts without spaces) plus Unicode case and accent folding. */
    private static final class IcuAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
    }
}
