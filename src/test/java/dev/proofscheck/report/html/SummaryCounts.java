package dev.proofscheck.report.html;

import dev.proofscheck.report.Summary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seven counts of a summary by their key in the page, and the counts a page (or its rendered DOM) shows. */
final class SummaryCounts {
    private static final Pattern COUNT = Pattern.compile("data-count=\"([a-z-]+)\">(\\d+)<");

    private SummaryCounts() {}

    static Map<String, Integer> of(Summary s) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("proved", s.proved());
        m.put("verified", s.verified());
        m.put("supported", s.supported());
        m.put("refuted", s.refuted());
        m.put("refuted-as-expected", s.refutedAsExpected());
        m.put("inconclusive", s.inconclusive());
        m.put("errors", s.errors());
        return m;
    }

    static Map<String, Integer> shownIn(String page) {
        Map<String, Integer> m = new LinkedHashMap<>();
        Matcher matcher = COUNT.matcher(page);
        while (matcher.find()) {
            m.put(matcher.group(1), Integer.valueOf(matcher.group(2)));
        }
        return m;
    }
}
