package com.flagmark.bench;

import com.flagmark.bench.SuggestGold.Outcome;
import com.flagmark.bench.SuggestGold.Region;
import com.flagmark.bench.SuggestGold.Story;
import com.flagmark.nlp.Tier;
import com.flagmark.nlp.region.RegionLink;
import com.flagmark.nlp.suggest.Passage;
import com.flagmark.nlp.suggest.Suggestion;
import com.flagmark.nlp.suggest.SuggestionPass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the suggestions of a set of stories against their gold, per category, and keeps the
 * wrong and missed items so that work can be aimed. Suggestions on the breadcrumb, headline and
 * 发布时间 lines that a fragment page keeps in its text are not judged, as the gold judges nothing
 * there. The units:
 * <ul>
 * <li>regions: per story, each distinct surface form suggested is one item, right when it is one
 *     of a gold region's {@code forms} and suggested somewhere outside the story's
 *     {@code notRegions} strings; each gold region is found when one of its forms is suggested
 *     outside them; a found region's link is right when every such suggestion links its
 *     {@code code} (or {@code statisticalCode}), or, for a region with {@code candidates},
 *     stays unlinked and offers them all;</li>
 * <li>measures: per story, each code under 措施 suggested is one item;</li>
 * <li>outcomes: each figure is one item, a suggestion matching a gold outcome when its figure
 *     starts where the gold's {@code exact} (after its {@code context}) does; the code and the
 *     attributes are then compared one by one.</li>
 * </ul>
 */
final class SuggestScores {

    private static final String MEASURE = "措施/";
    private static final String OUTCOME = "成效/";

    int formsSuggested;
    int formsRight;
    int formsSuggestedHigh;
    int formsRightHigh;
    int goldRegions;
    int regionsFound;
    int linksRight;
    int measuresRight;
    int measuresSuggested;
    int goldMeasures;
    int highSuggested;
    int highRight;
    int goldOutcomes;
    int foundHigh;
    int foundAny;
    int codeRight;
    int indicatorRight;
    int valueRight;
    int unitRight;
    int asOfRight;
    int targetRight;
    final List<String> wrong = new ArrayList<>();

    /** Scores one story's suggestions. */
    void add(Story story, List<Suggestion> all) {
        String text = story.article().text();
        List<Suggestion> suggestions = all.stream().filter(s -> s.start() >= story.judgedFrom()).toList();
        regions(story, text, suggestions.stream().filter(s -> s.code().equals(SuggestionPass.REGION_CODE)).toList());
        measures(story, suggestions.stream().filter(s -> s.code().startsWith(MEASURE)).toList());
        outcomes(story, text, suggestions.stream()
                .filter(s -> s.code().startsWith(OUTCOME) && s.evidence().figure().isPresent()).toList());
    }

    private void regions(Story story, String text, List<Suggestion> suggested) {
        List<int[]> masks = new ArrayList<>();
        for (String notRegion : story.notRegions()) {
            for (int at = text.indexOf(notRegion); at >= 0; at = text.indexOf(notRegion, at + 1)) {
                int start = text.codePointCount(0, at);
                masks.add(new int[] {start, start + notRegion.codePointCount(0, notRegion.length())});
            }
        }
        List<Suggestion> outside = suggested.stream().filter(s -> masks.stream()
                .noneMatch(mask -> mask[0] <= s.start() && s.end() <= mask[1])).toList();
        Set<String> goldForms = new TreeSet<>();
        story.regions().forEach(region -> goldForms.addAll(region.forms()));
        Map<String, Boolean> forms = new LinkedHashMap<>();
        Map<String, Boolean> highForms = new LinkedHashMap<>();
        for (Suggestion s : suggested) {
            boolean right = goldForms.contains(s.exact()) && outside.contains(s);
            forms.merge(s.exact(), right, Boolean::logicalOr);
            if (s.tier() == Tier.HIGH) {
                highForms.merge(s.exact(), right, Boolean::logicalOr);
            }
        }
        formsSuggested += forms.size();
        formsRight += (int) forms.values().stream().filter(right -> right).count();
        formsSuggestedHigh += highForms.size();
        formsRightHigh += (int) highForms.values().stream().filter(right -> right).count();
        forms.forEach((form, right) -> note(!right, story, "region suggested: " + form));
        for (Region region : story.regions()) {
            goldRegions++;
            List<Suggestion> mentions = outside.stream().filter(s -> region.forms().contains(s.exact())).toList();
            note(mentions.isEmpty(), story, "region missed: " + region.name() + " " + region.forms());
            if (!mentions.isEmpty()) {
                regionsFound++;
                List<Suggestion> wrongLinks = mentions.stream().filter(s -> !linkedRight(region, s)).toList();
                linksRight += wrongLinks.isEmpty() ? 1 : 0;
                wrongLinks.forEach(s -> note(true, story, "region linked wrong: " + s.exact() + " → "
                        + codes(s.candidates()) + ", gold " + region.code().orElse(region.candidates().toString())));
            }
        }
    }

    private static boolean linkedRight(Region region, Suggestion suggestion) {
        List<String> offered = codes(suggestion.candidates());
        if (region.code().isPresent()) {
            return offered.size() == 1 && (offered.get(0).equals(region.code().get())
                    || region.statisticalCode().filter(offered.get(0)::equals).isPresent());
        }
        return offered.size() > 1 && offered.containsAll(region.candidates());
    }

    private static List<String> codes(List<RegionLink> candidates) {
        return candidates.stream().map(link -> link.division().code()).toList();
    }

    private void measures(Story story, List<Suggestion> suggested) {
        Set<String> codes = new LinkedHashSet<>();
        suggested.forEach(s -> codes.add(s.code().substring(MEASURE.length())));
        Set<String> gold = new LinkedHashSet<>(story.measures());
        measuresSuggested += codes.size();
        goldMeasures += gold.size();
        for (String code : codes) {
            boolean right = gold.contains(code);
            measuresRight += right ? 1 : 0;
            note(!right, story, "measure suggested: " + code + " by " + suggested.stream()
                    .filter(s -> s.code().endsWith("/" + code)).map(Suggestion::exact).distinct().toList());
        }
        gold.stream().filter(code -> !codes.contains(code)).forEach(code -> note(true, story, "measure missed: " + code));
    }

    private void outcomes(Story story, String text, List<Suggestion> suggested) {
        Map<Integer, Outcome> goldAt = new LinkedHashMap<>();
        for (Outcome outcome : story.outcomes()) {
            int at = text.indexOf(outcome.context() + outcome.exact()) + outcome.context().length();
            goldAt.put(text.codePointCount(0, at), outcome);
        }
        goldOutcomes += goldAt.size();
        Map<Integer, Suggestion> byFigure = new LinkedHashMap<>();
        for (Suggestion s : suggested) {
            Passage figure = s.evidence().figure().orElseThrow();
            byFigure.put(figure.start(), s);
            if (s.tier() == Tier.HIGH) {
                highSuggested++;
                boolean right = goldAt.containsKey(figure.start());
                highRight += right ? 1 : 0;
                note(!right, story, "outcome suggested (high): " + s.exact() + " as " + s.code());
            }
        }
        goldAt.forEach((at, outcome) -> {
            Suggestion s = byFigure.get(at);
            note(s == null, story, "outcome missed: " + outcome.exact() + " " + outcome.code() + " ("
                    + outcome.indicator() + ")");
            if (s != null) {
                foundAny++;
                foundHigh += s.tier() == Tier.HIGH ? 1 : 0;
                note(s.tier() != Tier.HIGH, story, "outcome low tier: " + s.exact() + " as " + s.code());
                attributes(story, outcome, s);
            }
        });
    }

    private void attributes(Story story, Outcome outcome, Suggestion s) {
        Map<String, String> attributes = s.attributes();
        boolean code = s.code().equals(OUTCOME + outcome.code());
        boolean indicator = outcome.indicator().equals(attributes.getOrDefault("indicator", ""));
        boolean value = new BigDecimal(attributes.get("value")).compareTo(outcome.value()) == 0;
        boolean unit = outcome.unit().equals(attributes.get("unit"));
        boolean asOf = outcome.asOf().map(Object::toString).equals(Optional.ofNullable(attributes.get("asOf")));
        boolean target = outcome.target() == s.target();
        codeRight += code ? 1 : 0;
        indicatorRight += indicator ? 1 : 0;
        valueRight += value ? 1 : 0;
        unitRight += unit ? 1 : 0;
        asOfRight += asOf ? 1 : 0;
        targetRight += target ? 1 : 0;
        String figure = outcome.exact() + ": ";
        note(!code, story, "outcome code: " + figure + s.code() + ", gold " + outcome.code());
        note(!indicator, story, "outcome indicator: " + figure + attributes.get("indicator") + ", gold "
                + outcome.indicator());
        note(!value || !unit, story, "outcome value/unit: " + figure + attributes.get("value") + " "
                + attributes.get("unit") + ", gold " + outcome.value() + " " + outcome.unit());
        note(!asOf, story, "outcome asOf: " + figure + attributes.get("asOf") + ", gold " + outcome.asOf());
        note(!target, story, "outcome target: " + figure + s.target() + ", gold " + outcome.target());
    }

    private void note(boolean wrongOrMissed, Story story, String what) {
        if (wrongOrMissed) {
            wrong.add(story.name() + " — " + what);
        }
    }

    /** Precision, recall and F1 of the measures, from the counts. */
    double[] measureF1() {
        double p = ratio(measuresRight, measuresSuggested);
        double r = ratio(measuresRight, goldMeasures);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
