package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Codebook;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import com.flagmark.model.Code;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema's second version: codebook and annotation tables, and the default codebook they start with. */
class CodebookSeedTest {

    @TempDir
    Path folder;

    @Test
    void upgradingAVersionOneLibraryKeepsItsArticlesAndAddsTheDefaultCodebook() throws SQLException {
        Path file = folder.resolve("library.sqlite");
        writeVersionOneLibrary(file);

        try (Library library = Library.open(file)) {
            assertThat(library.articles().list()).extracting(summary -> summary.title().orElseThrow())
                    .containsExactly("动起来 跑起来 干起来");
            assertThat(library.search().search("约谈", 10).hits()).hasSize(1);
            assertDefaultCodebook(library.codebook().all());
        }
    }

    @Test
    void aNewLibraryStartsWithTheDefaultCodebook() {
        try (Library library = Library.open(folder.resolve("library.sqlite"))) {
            assertDefaultCodebook(library.codebook().all());
            assertThat(library.annotations().all()).isEmpty();
        }
    }

    @Test
    void theDefaultCodebookIsSeededOnlyOnce() {
        Path file = folder.resolve("library.sqlite");
        List<Code> first;
        try (Library library = Library.open(file)) {
            first = library.codebook().all();
        }

        try (Library library = Library.open(file)) {
            assertThat(library.codebook().all()).isEqualTo(first);
        }
    }

    @Test
    void aCodebookEmptiedByTheUserStaysEmpty() {
        Path file = folder.resolve("library.sqlite");
        try (Library library = Library.open(file)) {
            for (Code root : roots(library.codebook().all())) {
                library.codebook().delete(root.id(), Optional.empty());
            }
        }

        try (Library library = Library.open(file)) {
            assertThat(library.codebook().all()).isEmpty();
        }
    }

    private static void assertDefaultCodebook(List<Code> codes) {
        Codebook tree = new Codebook(codes);
        List<Code> roots = roots(codes);
        assertThat(roots).extracting(Code::name).containsExactly("地区", "措施", "成效");
        assertThat(roots).extracting(Code::englishName).containsExactly("Region", "Measure", "Outcome");
        assertThat(roots).extracting(Code::codable).containsExactly(true, false, false);
        assertThat(codes).hasSize(21);

        List<Code> measures = tree.children(roots.get(1).id());
        assertThat(measures).extracting(tree::path).containsExactly("措施/亮旗评比", "措施/蓝黄红督导", "措施/约谈问责",
                "措施/考核排名", "措施/领导包靠", "措施/工作专班", "措施/台账调度", "措施/竞赛比拼", "措施/观摩点评",
                "措施/助企服务", "措施/用工保障", "措施/集中开工");
        assertThat(measures).extracting(Code::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(measures).allMatch(Code::codable);
        List<Code> outcomes = tree.children(roots.get(2).id());
        assertThat(outcomes).extracting(Code::name).containsExactly("复工复产", "投资", "项目进展", "就业", "产值增长", "企业");
        assertThat(tree.children(roots.get(0).id())).isEmpty();

        Map<String, String> shortcuts = new TreeMap<>();
        codes.forEach(code -> code.shortcut().ifPresent(key -> shortcuts.put(key, tree.path(code))));
        assertThat(shortcuts).containsExactly(Map.entry("1", "措施/亮旗评比"), Map.entry("2", "措施/蓝黄红督导"),
                Map.entry("3", "措施/约谈问责"), Map.entry("4", "措施/考核排名"), Map.entry("5", "措施/领导包靠"),
                Map.entry("6", "措施/工作专班"), Map.entry("7", "成效/复工复产"), Map.entry("8", "成效/投资"),
                Map.entry("9", "成效/项目进展"));

        Code flags = measures.get(0);
        assertThat(flags.englishName()).isEqualTo("Red/yellow flag ranking");
        assertThat(flags.colour()).isEqualTo("#D32F2F");
        assertThat(flags.cues()).containsExactly("红旗", "黄旗", "亮红黄旗", "亮黄旗", "颁发红旗", "流动红旗");
        assertThat(measures.get(6).cues()).hasSize(9).startsWith("台账").endsWith("挂图作战");
        assertThat(codes).allMatch(code -> code.colour().matches("#[0-9A-F]{6}"));

        assertThat(roots.get(0).attributes()).containsExactly(
                new AttributeDefinition("gazetteer", "区划代码", "Gazetteer code", AttributeType.TEXT, List.of()),
                new AttributeDefinition("level", "级别", "Level", AttributeType.CHOICE,
                        List.of("province", "prefecture", "county", "township", "zone")));
        assertThat(roots.get(1).attributes()).extracting(AttributeDefinition::name)
                .containsExactly("colour", "rated", "cycle");
        assertThat(roots.get(1).attributes().get(0).choices()).containsExactly("红", "黄", "蓝", "绿", "none");
        assertThat(roots.get(2).attributes()).containsExactly(
                new AttributeDefinition("indicator", "指标", "Indicator", AttributeType.TEXT, List.of()),
                new AttributeDefinition("value", "数值", "Value", AttributeType.NUMBER, List.of()),
                new AttributeDefinition("unit", "单位", "Unit", AttributeType.TEXT,
                        List.of("%", "亿元", "万元", "万人", "人", "个", "家")),
                new AttributeDefinition("asOf", "截至", "As of", AttributeType.DATE, List.of()));
        assertThat(roots.get(0).description()).contains("GB/T 2260");
    }

    private static List<Code> roots(List<Code> codes) {
        return new Codebook(codes).roots();
    }

    /** Writes a library as the first version of Flagmark left it: one article, no codebook. */
    private static void writeVersionOneLibrary(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(connection, 1);
            NewFile newFile = TestArticles.file("a.html", TestArticles.flags());
            OlderLibraries.insert(connection, newFile);
            try (Statement query = connection.createStatement();
                    ResultSet tables = query.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'codes'")) {
                assertThat(tables.getInt(1)).isZero();
            }
        }
    }
}
