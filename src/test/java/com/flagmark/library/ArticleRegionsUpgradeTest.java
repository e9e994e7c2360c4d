package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.ImportStore.NewFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library coded before V11 gets each article's regions at its first count: the upgrade marks
 * every coded article, and bringing the marked ones up to date writes their rows at each level.
 */
class ArticleRegionsUpgradeTest {

    /** 寒亭区 and 奎文区 lie in 潍坊市, 山东省; 历下区 in 济南市. */
    private static final Map<String, Map<String, String>> GAZETTEER = Map.of(
            "370703", Map.of("county", "370703", "prefecture", "370700", "province", "370000"),
            "370705", Map.of("county", "370705", "prefecture", "370700", "province", "370000"),
            "370102", Map.of("county", "370102", "prefecture", "370100", "province", "370000"));

    @TempDir
    Path folder;

    /**
     * Article 1 (flags) is coded 历下区 at offset 5, then 寒亭区 at 20 and 奎文区 at 30. As prefectures,
     * 潍坊 has two mentions against 济南's one and is the main one though 济南 comes first; as counties
     * the three tie and 历下区, first, is the main one; the province has all three.
     */
    @Test
    void aLibraryCodedBeforeTheUpgradeGetsEveryArticlesRegionsAtItsFirstCount() throws SQLException {
        Path file = folder.resolve("library.sqlite");
        NewFile flags = TestArticles.file("a.html", TestArticles.flags());
        OlderLibraries.write(file, 10, flags);
        long region;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            region = single(connection, "SELECT id FROM codes WHERE name = '地区' AND parent_id IS NULL");
            regionAnnotation(connection, region, 5, "370102");
            regionAnnotation(connection, region, 20, "370703");
            regionAnnotation(connection, region, 30, "370705");
        }

        try (TestLibrary library = new TestLibrary(folder)) {
            AnalysisRepository analysis = new AnalysisRepository(library.database);
            int caughtUp = analysis.catchUpRegions(new RegionRollUp(Set.of(region),
                    code -> GAZETTEER.getOrDefault(code, Map.of())));

            assertThat(caughtUp).isEqualTo(1);
            assertThat(rows(library)).containsExactly(
                    "1 county 370102 1 5 1", "1 county 370703 1 20 0", "1 county 370705 1 30 0",
                    "1 prefecture 370100 1 5 0", "1 prefecture 370700 2 20 1",
                    "1 province 370000 3 5 1");
            assertThat(analysis.catchUpRegions(new RegionRollUp(Set.of(region), code -> Map.of()))).isZero();
        }
    }

    private static void regionAnnotation(Connection connection, long code, int start, String division)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO annotations (article_id, start_offset, end_offset, exact, prefix,"
                    + " suffix, note, coder, created, modified, orphaned) VALUES (1, " + start + ", " + (start + 3)
                    + ", '', '', '', '', 'tester', '2024-03-01T08:00:00Z', '2024-03-01T08:00:00Z', 0)");
            long id = single(connection, "SELECT max(id) FROM annotations");
            statement.executeUpdate("INSERT INTO annotation_codes (annotation_id, position, code_id) VALUES ("
                    + id + ", 0, " + code + ")");
            statement.executeUpdate("INSERT INTO annotation_attributes (annotation_id, name, value) VALUES ("
                    + id + ", 'gazetteer', '" + division + "')");
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every row of article_regions: article, level, code, mentions, first offset, main. */
    private static List<String> rows(TestLibrary library) {
        return library.database.read(connection -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT article_id, level, code, mentions,"
                    + " first_offset, main FROM article_regions ORDER BY article_id, level, code");
                    ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    rows.add(found.getLong(1) + " " + found.getString(2) + " " + found.getString(3) + " "
                            + found.getInt(4) + " " + found.getInt(5) + " " + found.getInt(6));
                }
            }
            return rows;
        });
    }
}
