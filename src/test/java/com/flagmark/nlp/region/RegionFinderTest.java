package com.flagmark.nlp.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.nlp.HanlpSegmenter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Exact inputs and outputs of the region finder, written from reading each sentence. A mention is
 * described as {@code start-end exact level tier → code form, …} with {@code by NAME} when another
 * place chose among candidates and {@code by NAME (source)} when the source's province did.
 */
class RegionFinderTest {

    private final RegionFinder finder = new RegionFinder();
    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void fullNameIsLinkedWithItsParentChain() {
        List<RegionMention> found = finder.find("寒亭区召开会议");

        assertThat(described(found)).containsExactly("0-3 寒亭区 county HIGH → 370703 FULL");
        assertThat(found.get(0).link().orElseThrow().ancestors().stream().map(Division::name))
                .containsExactly("潍坊市", "山东省");
    }

    @Test
    void shortFormOnWordBoundariesIsLinked() {
        assertThat(described(finder.find("济南召开现场推进会"))).containsExactly("0-2 济南 prefecture HIGH → 370100 SHORT");
        assertThat(described(finder.find("节后第一天，寒亭全面复苏", gazetteer.province("山东"))))
                .containsExactly("6-8 寒亭 county HIGH → 370703 SHORT");
    }

    @Test
    void ordinaryWordsThatAreAlsoPlaceNamesAreNotRegions() {
        assertThat(finder.find("双方签署合作协议，整合资源，打通通道，新建厂房，推动乡村振兴，友好往来")).isEmpty();
    }

    @Test
    void shortFormInsideAWordIsNotARegion() {
        assertThat(finder.find("为推动两岸共同弘扬中华文化作出贡献")).isEmpty();
        assertThat(finder.find("提供健康保障")).isEmpty();
        assertThat(finder.find("解难题、办实事、促发展、惠民生")).isEmpty();
    }

    @Test
    void personsNameHoldingAPlaceNameIsNotARegion() {
        assertThat(finder.find("该公司负责人吴新华由衷感谢")).isEmpty();
    }

    @Test
    void personsNameTheSegmenterImaginesAcrossAFullNameDoesNotHideIt() {
        assertThat(described(finder.find("2月6日,位于金东区曹宅镇的浙江李子园食品股份有限公司节后开工"))).containsExactly(
                "7-10 金东区 county HIGH → 330703 FULL",
                "10-13 曹宅镇 township HIGH → 330703103 FULL");
    }

    @Test
    void partyCommitteeOfACountyNamesTheCountyInFull() {
        assertThat(described(finder.find("1月25日，寿光市委人才办邀请25位寿光籍在外医学专家"))).containsExactly(
                "6-9 寿光市 county HIGH → 370783 FULL",
                "18-20 寿光 county HIGH → 370783 SHORT");
        assertThat(described(finder.find("共青团莱山区委书记"))).containsExactly("3-6 莱山区 county HIGH → 370613 FULL");
    }

    @Test
    void residentsOfACityAreNotItsFullName() {
        assertThat(described(finder.find("济南市民纷纷点赞"))).containsExactly("0-2 济南 prefecture HIGH → 370100 SHORT");
    }

    @Test
    void placeBeginningACompanyNameIsNotARegion() {
        assertThat(described(finder.find("山东亚康药业股份有限公司扎根寒亭多年")))
                .containsExactly("14-16 寒亭 county HIGH → 370703 SHORT");
    }

    @Test
    void listedCompanyNamedForAProvinceAndItsTradeIsNotARegion() {
        assertThat(finder.find("第一波上市的陕西煤业（601225）")).isEmpty();
        assertThat(finder.find("04-13\n上海电气成功研制")).isEmpty();
    }

    @Test
    void universityNamedAfterAProvinceIsNotARegion() {
        assertThat(finder.find("他毕业于浙江大学")).isEmpty();
    }

    @Test
    void placeInParenthesesOfACompanyNameIsNotARegion() {
        assertThat(finder.find("位于园区的精进电动科技(菏泽)有限公司商用车电机生产车间")).isEmpty();
    }

    @Test
    void companysShortNameLaterInTheArticleIsNotARegion() {
        assertThat(described(finder.find("金华市新华齿轮有限公司负责人说，从其他企业借用技术骨干，帮助新华齿轮顺利完成任务")))
                .isEmpty();
    }

    @Test
    void governmentOfACityIsItsRegionEvenBeforeACompanyName() {
        assertThat(described(finder.find("济南市政府与比亚迪股份有限公司签署合作协议")))
                .containsExactly("0-3 济南市 prefecture HIGH → 370100 FULL");
    }

    @Test
    void addressBeforeACompanyNamedAfterAProvinceStaysARegion() {
        assertThat(described(finder.find("在东营市垦利区胜坨镇山东艾蒙特新材料公司项目现场"))).containsExactly(
                "1-4 东营市 prefecture HIGH → 370500 FULL",
                "4-7 垦利区 county HIGH → 370505 FULL",
                "7-10 胜坨镇 township HIGH → 370505101 FULL");
    }

    @Test
    void shortFormRightAfterAnUnrelatedPlaceIsPartOfAName() {
        assertThat(described(finder.find("济南东明、济南中浩等4家经营性人力资源机构"))).containsExactly(
                "0-2 济南 prefecture HIGH → 370100 SHORT",
                "5-7 济南 prefecture HIGH → 370100 SHORT");
    }

    @Test
    void provinceRightAfterAnUnrelatedCityStaysARegion() {
        assertThat(described(finder.find("接待多批次青州台湾团组的考察交流", gazetteer.province("山东")))).containsExactly(
                "5-7 青州 county HIGH → 370781 SHORT",
                "7-9 台湾 province HIGH → 710000 SHORT");
    }

    @Test
    void ambiguousNameIsResolvedByAnotherPlaceOfTheArticle() {
        assertThat(described(finder.find("长春市召开会议，朝阳区作了发言"))).containsExactly(
                "0-3 长春市 prefecture HIGH → 220100 FULL",
                "8-11 朝阳区 county HIGH → 220104 FULL by 长春市");
    }

    @Test
    void ambiguousShortFormRightAfterItsParentIsResolvedByIt() {
        assertThat(described(finder.find("北京朝阳的一家企业"))).containsExactly(
                "0-2 北京 province HIGH → 110000 SHORT",
                "2-4 朝阳 county HIGH → 110105 SHORT by 北京市");
    }

    @Test
    void ambiguousNameIsResolvedByTheSourcesProvince() {
        Optional<Division> fujian = gazetteer.province("福建");

        assertThat(described(finder.find("鼓楼区开展志愿服务活动", fujian)))
                .containsExactly("0-3 鼓楼区 county HIGH → 350102 FULL by 福建省 (source)");
    }

    @Test
    void sourcesProvinceWithTwoCandidatesNarrowsWithoutChoosing() {
        Optional<Division> jiangsu = gazetteer.province("江苏");

        assertThat(described(finder.find("鼓楼区开展志愿服务活动", jiangsu)))
                .containsExactly("0-3 鼓楼区 county LOW → 320106 FULL, 320302 FULL");
    }

    @Test
    void ambiguousNameWithoutContextIsLeftAsCandidates() {
        assertThat(described(finder.find("新华区开展志愿服务活动")))
                .containsExactly("0-3 新华区 county LOW → 130105 FULL, 130902 FULL, 410402 FULL");
    }

    @Test
    void shortFormOfACityMeansTheCityNotItsCountyOfTheSameName() {
        assertThat(described(finder.find("一位来自长沙的业主"))).containsExactly("4-6 长沙 prefecture HIGH → 430100 SHORT");
    }

    @Test
    void shortFormOfAProvinceMeansTheProvince() {
        assertThat(described(finder.find("吉林珲春等地成功举办"))).containsExactly(
                "0-2 吉林 province HIGH → 220000 SHORT",
                "2-4 珲春 county HIGH → 222404 SHORT");
    }

    @Test
    void countyShortFormFarFromTheArticlesPlacesIsNotSuggested() {
        assertThat(finder.find("上半年，龙湖实现合约销售")).isEmpty();
    }

    @Test
    void countyShortFormNearTheArticlesPlacesIsHighTier() {
        assertThat(described(finder.find("东营市立即部署。垦利迅速打消年气"))).containsExactly(
                "0-3 东营市 prefecture HIGH → 370500 FULL",
                "8-10 垦利 county HIGH → 370505 SHORT");
    }

    @Test
    void districtNameThatIsAnOrdinaryWordCountsOnlyAfterItsCity() {
        assertThat(finder.find("推进老城区改造")).isEmpty();
        assertThat(described(finder.find("洛阳市老城区"))).containsExactly(
                "0-3 洛阳市 prefecture HIGH → 410300 FULL",
                "3-6 老城区 county HIGH → 410302 FULL");
        assertThat(described(finder.find("阳泉市城区"))).containsExactly(
                "0-3 阳泉市 prefecture HIGH → 140300 FULL",
                "3-5 城区 county HIGH → 140302 FULL");
    }

    @Test
    void townshipIsLinkedUnderItsCounty() {
        List<RegionMention> found = finder.find("历城区荷花路街道召开会议");

        assertThat(described(found)).containsExactly(
                "0-3 历城区 county HIGH → 370112 FULL",
                "3-8 荷花路街道 township HIGH → 370112008 FULL by 历城区");
        assertThat(found.get(1).link().orElseThrow().ancestors().stream().map(Division::name))
                .containsExactly("历城区", "济南市", "山东省");
    }

    @Test
    void villageHanlpRecognisesAfterATownshipIsLowTierUnderIt() {
        assertThat(described(finder.find("历城区荷花路街道朱家村村党支部书记刘凯介绍"))).containsExactly(
                "0-3 历城区 county HIGH → 370112 FULL",
                "3-8 荷花路街道 township HIGH → 370112008 FULL by 历城区",
                "8-11 朱家村 township LOW → 370112008 RECOGNIZED");
    }

    @Test
    void hanlpsNoiseAfterAPlaceIsNotAPlace() {
        assertThat(described(finder.find("寒亭区和省里的企业一起"))).containsExactly("0-3 寒亭区 county HIGH → 370703 FULL");
    }

    @Test
    void zoneNamedAfterItsCityLinksToTheCity() {
        assertThat(described(finder.find("金华开发区建立重点企业走访机制")))
                .containsExactly("0-5 金华开发区 zone HIGH → 330700 SHORT");
        assertThat(described(finder.find("2023年,烟台总部经济基地将认真贯彻")))
                .containsExactly("6-14 烟台总部经济基地 zone HIGH → 370600 SHORT");
    }

    @Test
    void zoneOfTheReleaseIsItsOwnDivision() {
        assertThat(described(finder.find("潍坊滨海经济技术开发区")))
                .containsExactly("0-11 潍坊滨海经济技术开发区 zone HIGH → 370772 FULL");
    }

    @Test
    void zoneOfAnUnnamedCityIsResolvedByTheArticlesPlaces() {
        assertThat(described(finder.find("菏泽市召开会议。\n市开发区主动作为、靠前服务"))).containsExactly(
                "0-3 菏泽市 prefecture HIGH → 371700 FULL",
                "10-13 开发区 zone HIGH → 371700 UNNAMED by 菏泽市");
    }

    @Test
    void zoneOfAnUnnamedCityWithoutContextHasNoCandidate() {
        assertThat(described(finder.find("市开发区主动作为、靠前服务"))).containsExactly("1-4 开发区 zone LOW →");
    }

    @Test
    void kindsOfZoneAreNotZones() {
        assertThat(finder.find("市级领导下沉到5个县区、2个市属开发区和全市开发区")).isEmpty();
        assertThat(finder.find("由市政府负责开发区域内的动迁工作")).isEmpty();
        assertThat(described(finder.find("海尔（天津）市场创新产业园区一期项目")))
                .containsExactly("3-5 天津 province HIGH → 120000 SHORT");
    }

    @Test
    void offsetsCountCodePoints() {
        assertThat(described(finder.find("𠮷寒亭区"))).containsExactly("1-4 寒亭区 county HIGH → 370703 FULL");
    }

    @Test
    void textWithoutPlacesGivesNoMentions() {
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find("OLED 5G 2.5万人")).isEmpty();
    }

    @Test
    void namesDoNotRunAcrossBlocks() {
        assertThat(described(finder.find("如此“拼”劲，也给了企业更大信心。山\n东亚康药业将淘汰落后产能"))).isEmpty();
    }

    @Test
    void datelineOfAnEpaperStoryNamesItsCity() {
        assertThat(described(finder.find("本报潍坊讯\n截至2022年底"))).containsExactly("2-4 潍坊 prefecture HIGH → 370700 SHORT");
    }

    @Test
    void brandReadAsACountyOfAnotherProvinceIsLowTier() {
        assertThat(described(finder.find("一步步放宽城投债发行"))).allMatch(mention -> mention.contains(" LOW "));
        assertThat(described(finder.find("来自腾讯玄武安全实验室的专家"))).allMatch(mention -> mention.contains(" LOW "));
    }

    private static List<String> described(List<RegionMention> mentions) {
        return mentions.stream().map(RegionFinderTest::describe).toList();
    }

    @Test
    void countyOfOneCharacterAndXianIsANameOfItsOwn() {
        assertThat(described(finder.find("徽县召开会议"))).containsExactly("0-2 徽县 county HIGH → 621227 FULL");
    }

    @Test
    void townshipWithoutItsSuffixIsFoundInAStoryOfItsCounty() {
        assertThat(described(finder.find("惠安县近期将建设小岞风电场"))).containsExactly(
                "0-3 惠安县 county HIGH → 350521 FULL",
                "8-10 小岞 township HIGH → 350521113 SHORT by 惠安县");
    }

    @Test
    void townshipWithoutItsSuffixIsNoRegionAlone() {
        assertThat(finder.find("近期将建设小岞风电场")).isEmpty();
    }

    @Test
    void endOfARouteInAnotherProvinceIsNoRegionButTheHomeEndIs() {
        assertThat(described(finder.find("甘肃省将打通兰州至海口高速公路甘肃段"))).containsExactly(
                "0-3 甘肃省 province HIGH → 620000 FULL",
                "6-8 兰州 prefecture HIGH → 620100 SHORT",
                "15-17 甘肃 province HIGH → 620000 SHORT");
    }

    @Test
    void streetNamedAfterACityIsNoRegion() {
        assertThat(described(finder.find("乌鲁木齐市重点工程苏州路西延")))
                .containsExactly("0-5 乌鲁木齐市 prefecture HIGH → 650100 FULL");
    }

    @Test
    void landformNamedAfterAProvinceIsNoRegion() {
        assertThat(finder.find("山东半岛城市群春季招聘会")).isEmpty();
    }

    @Test
    void zoneWithANameOfItsOwnAfterACountyBeginsAfterTheCounty() {
        assertThat(described(finder.find("天津市津南区八里台工业区"))).containsExactly(
                "0-3 天津市 province HIGH → 120000 FULL",
                "3-6 津南区 county HIGH → 120112 FULL",
                "6-12 八里台工业区 zone HIGH → 120112 UNNAMED by 津南区");
    }

    @Test
    void colloquialNameOfAProvinceIsTheProvince() {
        assertThat(described(finder.find("连接内蒙、宁夏"))).containsExactly(
                "2-4 内蒙 province HIGH → 150000 SHORT",
                "5-7 宁夏 province HIGH → 640000 SHORT");
    }

    @Test
    void bareNameOfACityBesideACountyOfTheSameNameIsTheCity() {
        assertThat(described(finder.find("新疆伊宁召开会议"))).containsExactly(
                "0-2 新疆 province HIGH → 650000 SHORT",
                "2-4 伊宁 county HIGH → 654002 SHORT");
    }

    @Test
    void personsNameTheSegmenterImaginesFromInsideAShortFormDoesNotHideIt() {
        // The segmenter reads 寻|乌至全|南: a name that begins inside 寻乌 is its guess, not a person.
        assertThat(described(finder.find("江西省寻乌至全南"))).contains("3-5 寻乌 county HIGH → 360734 SHORT");
    }

    @Test
    void withTheTextsOwnWordsAShortFormInsideAWordIsNoRegion() {
        assertThat(finder.find(HanlpSegmenter.get().words("为推动两岸共同弘扬中华文化作出贡献"), Optional.empty()))
                .isEmpty();
    }

    @Test
    void withTheTextsOwnWordsAPersonsNameHoldingAPlaceNameIsStillNoRegion() {
        assertThat(finder.find(HanlpSegmenter.get().words("该公司负责人吴新华由衷感谢"), Optional.empty())).isEmpty();
    }

    @Test
    void withTheTextsOwnWordsAFullNameIsLinkedAsWithoutThem() {
        assertThat(described(finder.find(HanlpSegmenter.get().words("2月6日,位于金东区曹宅镇的企业节后开工"),
                Optional.empty()))).containsExactly(
                        "7-10 金东区 county HIGH → 330703 FULL",
                        "10-13 曹宅镇 township HIGH → 330703103 FULL");
    }

    @Test
    void placeEndingInZhongBeforeChinaIsNoRegion() {
        assertThat(finder.find("在巴中国企业积极参与")).isEmpty();
        assertThat(described(finder.find("汉中国际机场"))).containsExactly("0-2 汉中 prefecture HIGH → 610700 SHORT");
    }

    @Test
    void instrumentMakerNamedAfterACityIsNoRegion() {
        assertThat(finder.find("德州仪器发布新芯片")).isEmpty();
    }

    @Test
    void nameBeforeAZonesKindIsTheZonesWhateverPersonTheSegmenterReadsAcrossIt() {
        assertThat(described(finder.find("黄石临空经济区"))).containsExactly("0-7 黄石临空经济区 zone HIGH → 420200 SHORT");
    }

    @Test
    void farmListedAsAZoneExtendsIntoItsIndustrialPark() {
        assertThat(described(finder.find("在八五二农场工业园区"))).containsExactly(
                "1-10 八五二农场工业园区 zone HIGH → 230523501 FULL");
    }

    @Test
    void townshipNamedForAnIslandIsNotFoundByItsShortForm() {
        assertThat(described(finder.find("瓦房店市长兴岛附近"))).containsExactly("0-4 瓦房店市 county HIGH → 210281 FULL");
    }

    private static String describe(RegionMention mention) {
        String candidates = mention.candidates().stream()
                .map(link -> link.division().code() + " " + link.form())
                .collect(Collectors.joining(", "));
        String resolution = mention.resolution()
                .map(why -> " by " + why.by().name() + (why.sourceProvince() ? " (source)" : ""))
                .orElse("");
        return (mention.start() + "-" + mention.end() + " " + mention.exact() + " " + mention.level().id() + " "
                + mention.tier() + " → " + candidates + resolution).strip();
    }
}
