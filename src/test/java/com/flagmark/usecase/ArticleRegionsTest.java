package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.Correction;
import com.flagmark.model.DateBin;
import com.flagmark.model.MetadataField;
import com.flagmark.model.RegionRule;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each article's regions, kept on write, follow every kind of write to the hand-coded library of
 * {@link CodedRegions}: the tables counted after a write are those the annotations then stand for.
 * Counts below are the articles of 措施's passages per prefecture, worked out from the table in
 * {@link CodedRegions}: 潍坊市 (370700) A1 A2 A4 A6, 济南市 (370100) A1 A2 A6, 杭州市 (330100) A3,
 * and A5 in no region.
 */
class ArticleRegionsTest {

    private static final String WEIFANG = "370700";
    private static final String JINAN = "370100";
    private static final String HANGZHOU = "330100";

    @TempDir
    Path folder;

    private CodedRegions library;

    @BeforeEach
    void codeTheLibrary() throws IOException {
        library = CodedRegions.in(folder);
    }

    @AfterEach
    void close() {
        library.session.close();
    }

    @Test
    void aRegionCodedInAnArticleWithoutOneMovesItsPassagesIntoThatRegion() {
        library.session.perform(edits -> edits.annotate(library.id("A5"), anchor("A5", "亮红旗"),
                List.of(library.code("地区")), "", Map.of("gazetteer", "330106", "level", "county")));

        assertThat(articlesByPrefecture(RegionRule.ANY)).containsExactlyInAnyOrderEntriesOf(
                Map.of(WEIFANG, 4, JINAN, 3, HANGZHOU, 2, "", 0));
    }

    @Test
    void deletingARegionAnnotationAndUndoingItMovesTheArticleOutAndBack() {
        Annotation kuiwen = regionOf("A6", "370705");

        library.session.perform(edits -> edits.delete(kuiwen));
        assertThat(articlesByPrefecture(RegionRule.MAIN)).containsEntry(WEIFANG, 2).containsEntry(JINAN, 2);

        library.session.undo();
        assertThat(articlesByPrefecture(RegionRule.MAIN)).containsEntry(WEIFANG, 3).containsEntry(JINAN, 1);
    }

    @Test
    void recodingARegionAnnotationTakesItsRegionAwayAndUndoingTheRecodeBringsItBack() {
        Annotation hanting = regionOf("A4", "370703");
        long measure = library.code("措施/约谈问责");

        library.session.perform(edits -> edits.update(hanting, with(hanting, List.of(measure), hanting.attributes()),
                "recode"));
        assertThat(articlesByPrefecture(RegionRule.ANY)).containsEntry(WEIFANG, 3).containsEntry("", 2);

        library.session.undo();
        assertThat(articlesByPrefecture(RegionRule.ANY)).containsEntry(WEIFANG, 4).containsEntry("", 1);
    }

    @Test
    void editingTheDivisionOfARegionAnnotationMovesTheArticleAndUndoMovesItBack() {
        Annotation hanting = regionOf("A4", "370703");
        Map<String, String> xihu = new HashMap<>(hanting.attributes());
        xihu.put("gazetteer", "330106");

        library.session.perform(edits -> edits.update(hanting, with(hanting, hanting.codeIds(), xihu), "attributes"));
        assertThat(articlesByPrefecture(RegionRule.ANY)).containsEntry(WEIFANG, 3).containsEntry(HANGZHOU, 2);

        library.session.undo();
        assertThat(articlesByPrefecture(RegionRule.ANY)).containsEntry(WEIFANG, 4).containsEntry(HANGZHOU, 1);
    }

    @Test
    void aSecondMentionOfTheOtherRegionMakesItTheMainOne() {
        // A6 ties 奎文区 (潍坊) and 历下区 (济南) and is 潍坊's for coming first; a second 历下区 makes it 济南's.
        library.session.perform(edits -> edits.annotate(library.id("A6"), anchor("A6", "观摩"),
                List.of(library.code("地区")), "", Map.of("gazetteer", "370102", "level", "county")));

        assertThat(articlesByPrefecture(RegionRule.MAIN)).containsEntry(WEIFANG, 2).containsEntry(JINAN, 2);
    }

    @Test
    void renamingTheRegionCodeTakesEveryRegionAwayAndRenamingItBackRestoresThem() {
        Code region = library.session.codebook().find(library.code("地区")).orElseThrow();

        library.session.perform(edits -> edits.editCode(region, renamed(region, "地方")));
        assertThat(articlesByPrefecture(RegionRule.ANY)).containsExactlyEntriesOf(Map.of("", 6));

        library.session.undo();
        assertThat(articlesByPrefecture(RegionRule.ANY)).containsExactlyInAnyOrderEntriesOf(
                Map.of(WEIFANG, 4, JINAN, 3, HANGZHOU, 1, "", 1));
    }

    @Test
    void aDeletedArticleLeavesItsRegions() throws SQLException {
        articlesByPrefecture(RegionRule.ANY);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("library.sqlite"));
                Statement pragma = connection.createStatement();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            pragma.execute("PRAGMA foreign_keys = ON");
            delete.setLong(1, library.id("A4"));
            delete.executeUpdate();
        }

        assertThat(articlesByPrefecture(RegionRule.ANY)).containsEntry(WEIFANG, 3).containsEntry(JINAN, 3);
    }

    @Test
    void aCorrectedDateMovesAnArticleToAnotherMonthAndUndoMovesItBack() {
        MetadataCorrections corrections = new MetadataCorrections(library.session);

        library.session.perform(edits -> corrections.correct(List.of(library.id("A1")),
                List.of(new Correction(MetadataField.DATE, Optional.of("2022-04-09"), Correction.Origin.USER))));
        // A1 leaves 2022-02 (A2 stays) for 2022-04 (A3 and A6 were there).
        assertThat(articlesByMonth()).containsEntry("2022-02", 1).containsEntry("2022-04", 3);

        library.session.undo();
        assertThat(articlesByMonth()).containsEntry("2022-02", 2).containsEntry("2022-04", 2);
    }

    @Test
    void aRegionFilterFollowsARegionCodedLater() {
        Passages passages = new Passages(library.session);
        PassageFilter inHangzhou = PassageFilter.ALL.withCodes(List.of(library.code("措施")))
                .withRegions(List.of("杭州市"), RegionRule.ANY);
        assertThat(passages.count(inHangzhou)).isEqualTo(2);

        library.session.perform(edits -> edits.annotate(library.id("A5"), anchor("A5", "约谈"),
                List.of(library.code("地区")), "", Map.of("gazetteer", "330100", "level", "prefecture")));

        assertThat(passages.count(inHangzhou)).isEqualTo(3);
    }

    /** The number of articles with 措施 passages in each prefecture; "" for those in none. */
    private Map<String, Integer> articlesByPrefecture(RegionRule rule) {
        Matrix matrix = new CodeRegionMatrix(library.session).compute(new CodeRegionMatrix.Request(
                RegionLevel.PREFECTURE, List.of(library.code("措施")), rule, PassageFilter.ALL));
        Map<String, Integer> articles = new TreeMap<>();
        matrix.rows().forEach(row -> articles.put(row.region().orElseThrow().code(), row.total().articles()));
        articles.put("", matrix.withoutRegion().total().articles());
        return articles;
    }

    /** The number of articles with 措施 passages in each month. */
    private Map<String, Integer> articlesByMonth() {
        Timeline timeline = new CodeTimeline(library.session).compute(new CodeTimeline.Request(
                List.of(library.code("措施")), DateBin.MONTH, PassageFilter.ALL));
        Map<String, Integer> articles = new TreeMap<>();
        timeline.bins().forEach(bin -> articles.put(bin.label(), bin.total().articles()));
        return articles;
    }

    private Annotation regionOf(String article, String division) {
        return library.session.annotations(library.id(article)).stream()
                .filter(annotation -> division.equals(annotation.attributes().get("gazetteer"))).findFirst().orElseThrow();
    }

    private com.flagmark.model.Anchor anchor(String article, String exact) {
        String text = library.session.article(library.id(article)).orElseThrow().article().text();
        int start = text.codePointCount(0, text.indexOf(exact));
        return Anchors.of(text, start, start + exact.codePointCount(0, exact.length()));
    }

    private static Annotation with(Annotation annotation, List<Long> codes, Map<String, String> attributes) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.anchor(), codes, annotation.note(),
                attributes, annotation.coder(), annotation.created(), annotation.modified(), annotation.orphaned());
    }

    private static Code renamed(Code code, String name) {
        return new Code(code.id(), code.parentId(), name, code.englishName(), code.colour(), code.shortcut(),
                code.description(), code.codable(), code.attributes(), code.cues(), code.position());
    }
}
