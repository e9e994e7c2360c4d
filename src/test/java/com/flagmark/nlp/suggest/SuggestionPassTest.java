package com.flagmark.nlp.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Block;
import com.flagmark.nlp.TestCodebook;
import com.flagmark.nlp.Tier;
import com.flagmark.nlp.region.Division;
import com.flagmark.nlp.region.Gazetteer;
import com.flagmark.nlp.region.NameForm;
import com.flagmark.nlp.region.RegionLink;
import com.flagmark.nlp.region.Resolution;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The suggestion pass over short articles, each an exact input and the exact suggestions made of it. */
class SuggestionPassTest {

    private static final SuggestionPass PASS = new SuggestionPass(TestCodebook.lexicon());
    private static final Gazetteer GAZETTEER = Gazetteer.shared();

    @Test
    void regionMeasureAndOutcomeComeBackAsOneListInTextOrder() {
        Division hanting = GAZETTEER.division("370703").orElseThrow();
        RegionLink link = new RegionLink(hanting, NameForm.FULL, GAZETTEER.ancestors(hanting));

        List<Suggestion> found = suggest("寒亭区约谈企业负责人，返岗率达98%。");

        assertThat(found).containsExactly(
                new Suggestion("地区", 0, 3, "寒亭区", Map.of("gazetteer", "370703", "level", "county"),
                        new Evidence(Optional.empty(), Optional.of(link), Optional.empty(), Optional.empty()),
                        Tier.HIGH, List.of(link), false),
                new Suggestion("措施/约谈问责", 3, 5, "约谈", Map.of(),
                        new Evidence(Optional.of("约谈"), Optional.empty(), Optional.empty(), Optional.empty()),
                        Tier.HIGH, List.of(), false),
                new Suggestion("成效/复工复产", 11, 18, "返岗率达98%",
                        Map.of("indicator", "返岗率", "value", "98", "unit", "%"),
                        new Evidence(Optional.of("返岗率"), Optional.empty(), Optional.empty(),
                                Optional.of(new Passage(15, 18, "98%"))),
                        Tier.HIGH, List.of(), false));
    }

    @Test
    void measuresAndOutcomesAloneAreThoseOfTheWholePassWithoutItsRegions() {
        String paragraph = "寒亭区约谈企业负责人，返岗率达98%。";
        List<Suggestion> whole = suggest(paragraph);

        List<Suggestion> alone = PASS.measuresAndOutcomes(TestCodebook.article(Block.paragraph(paragraph)));

        assertThat(alone).extracting(Suggestion::exact).containsExactly("约谈", "返岗率达98%");
        assertThat(alone).isEqualTo(whole.subList(1, 3));
    }

    @Test
    void attributesKeepTheCodebooksOrderForAnOutcome() {
        Suggestion outcome = suggest("截至2月20日返岗率达98%", LocalDate.of(2022, 3, 1)).get(0);

        assertThat(outcome.attributes().keySet()).containsExactly("indicator", "value", "unit", "asOf");
        assertThat(outcome.attributes()).containsEntry("asOf", "2022-02-20");
    }

    @Test
    void aTargetFigureIsMarkedAsATarget() {
        Suggestion outcome = suggest("力争全年完成投资86亿元。").get(0);

        assertThat(outcome.code()).isEqualTo("成效/投资");
        assertThat(outcome.target()).isTrue();
    }

    @Test
    void aFlagsColourIsFilledFromItsCueWord() {
        assertThat(suggest("对进度滞后的项目亮黄旗。")).singleElement().satisfies(flag -> {
            assertThat(flag.code()).isEqualTo("措施/亮旗评比");
            assertThat(flag.attributes()).containsExactly(Map.entry("colour", "黄"));
        });
    }

    @Test
    void aCycleTheClauseNamesIsFilled() {
        assertThat(suggest("每周对重点项目排名一次。")).singleElement()
                .satisfies(ranking -> assertThat(ranking.attributes()).containsExactly(Map.entry("cycle", "weekly")));
    }

    @Test
    void eachItemOfAListKeepsTheCycleItNames() {
        // A seed's list of the tools of a campaign (潍坊 寒亭区, 2023).
        String list = "每周梳理、半月调度、每月通报、季度总结、半年观摩、完善问题解决机制、对进度滞后的项目亮“红牌”……";

        assertThat(measureAttributes(list)).containsExactly(
                Map.entry("每周梳理", Map.of("cycle", "weekly")),
                Map.entry("半月调度", Map.of("cycle", "half-monthly")),
                Map.entry("每月通报", Map.of("cycle", "monthly")),
                Map.entry("观摩", Map.of()),
                Map.entry("红牌", Map.of("colour", "红")));
    }

    @Test
    void anItemWithoutACycleTakesNoneFromTheItemsBesideIt() {
        assertThat(measureAttributes("实行日调度、周通报、半月调度。")).containsExactly(
                Map.entry("调度", Map.of()),
                Map.entry("半月调度", Map.of("cycle", "half-monthly")));
    }

    @Test
    void aCycleOutsideAListStillReachesTheWholeClause() {
        // A seed's sentence (金华, 2022): no list, so 督办 is read weekly with the notice.
        assertThat(measureAttributes("另有170个各类难题实行“一周一通报”跟踪督办解决。")).containsExactly(
                Map.entry("一周一通报", Map.of("cycle", "weekly")),
                Map.entry("督办", Map.of("cycle", "weekly")));
    }

    @Test
    void anAmbiguousRegionOffersItsCandidatesWithoutAGazetteerCode() {
        Suggestion region = suggest("鼓楼区召开会议").get(0);

        assertThat(region.candidates()).hasSizeGreaterThan(1);
        assertThat(region.attributes()).containsExactly(Map.entry("level", "county"));
        assertThat(region.evidence().entry()).isEmpty();
        assertThat(region.tier()).isEqualTo(Tier.LOW);
    }

    @Test
    void theSourcesProvinceSettlesAnAmbiguousNameAndIsTheEvidence() {
        Division beijing = GAZETTEER.province("北京").orElseThrow();

        Suggestion region = PASS.suggest(TestCodebook.article(Block.paragraph("朝阳区召开会议")), Optional.of(beijing))
                .get(0);

        assertThat(region.attributes()).containsEntry("gazetteer", "110105");
        assertThat(region.evidence().resolvedBy()).contains(new Resolution(beijing, true));
    }

    @Test
    void aFigureNoCueWordNamesIsNotSuggested() {
        assertThat(suggest("每人发放补贴1000元")).isEmpty();
    }

    /** Each measure suggested in {@code paragraph}, in text order, as its text and its attributes. */
    private static List<Map.Entry<String, Map<String, String>>> measureAttributes(String paragraph) {
        return suggest(paragraph).stream().filter(each -> each.code().startsWith("措施/"))
                .map(each -> Map.entry(each.exact(), each.attributes())).toList();
    }

    private static List<Suggestion> suggest(String paragraph) {
        return PASS.suggest(TestCodebook.article(Block.paragraph(paragraph)), Optional.empty());
    }

    private static List<Suggestion> suggest(String paragraph, LocalDate published) {
        return PASS.suggest(TestCodebook.article(Optional.empty(), Optional.of(published), Block.paragraph(paragraph)),
                Optional.empty());
    }
}
