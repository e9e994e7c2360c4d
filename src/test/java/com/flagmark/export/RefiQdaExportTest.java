package com.flagmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.usecase.AnnotationImportReport;
import com.flagmark.usecase.LibrarySession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The REFI-QDA export of a real library: what NVivo, ATLAS.ti, MAXQDA or QualCoder read. */
class RefiQdaExportTest {

    private static final String NS = RefiQda.PROJECT_NAMESPACE;

    @TempDir
    Path temp;

    private Library library;
    private Codebook codebook;
    private Article coded;
    private Annotation flags;
    private Annotation returns;
    private QdaGuids guids;

    @BeforeEach
    void codeTwoPassagesOfOneOfTwoArticles() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "𠮷野家项目开工\n\n2023-02-14 09:00 某某日报\n\n"
                + "𠮷野家项目现场，对后进单位亮黄旗，市领导进行约谈。\n\n全市返岗率达98%，新招引企业12家。\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "高新区观摩点评会召开\n\n2023-02-15 某某日报\n\n现场推进会上，各区县比学赶超。\n",
                StandardCharsets.UTF_8);
        library = Library.open(temp.resolve("library.sqlite"));
        new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore()).importPath(folder, Progress.NONE);
        codebook = new Codebook(library.codebook().all());
        guids = new QdaGuids(library.identity());
        long articleId = library.search().matchingIds("返岗率").get(0);
        coded = library.articles().find(articleId).orElseThrow().article();
        flags = library.annotations().create(articleId, anchor(coded.text(), "亮黄旗"),
                List.of(code("措施/亮旗评比"), code("措施/约谈问责")), "约谈后进单位\n第二行",
                Map.of("colour", "黄", "rated", "后进单位"), "tester");
        returns = library.annotations().create(articleId, anchor(coded.text(), "返岗率达98%"),
                List.of(code("成效/复工复产")), "", Map.of("value", "98", "unit", "%"), "李明");
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aProjectValidatesAgainstTheSchemaOfWhatFlagmarkWrites() throws Exception {
        Path out = temp.resolve("project.qdpx");

        int written = ExportFormat.QDPX.write(library, out, ExportScope.ALL, Progress.NONE);

        assertThat(written).isEqualTo(2);
        QdaSchemas.checkProject(entries(out).get(RefiQda.PROJECT_ENTRY));
    }

    @Test
    void aCodebookValidatesAgainstTheSchemaOfWhatFlagmarkWrites() throws Exception {
        Path out = temp.resolve("codebook.qdc");

        int written = ExportFormat.QDC.write(library, out, ExportScope.ALL, Progress.NONE);

        assertThat(written).isEqualTo(codebook.all().size());
        QdaSchemas.checkCodebook(Files.readAllBytes(out));
        Document document = parse(Files.readAllBytes(out));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(RefiQda.CODEBOOK_NAMESPACE);
        assertThat(document.getElementsByTagNameNS(RefiQda.CODEBOOK_NAMESPACE, "Code").getLength()).isEqualTo(written);
        assertThat(ExportFormat.QDC.takesScope()).isFalse();
    }

    @Test
    void aProjectValidatesAgainstTheOfficialSchema() throws Exception {
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        QdaSchemas.checkOfficially(entries(out).get(RefiQda.PROJECT_ENTRY), "Project.xsd");
    }

    @Test
    void aCodebookValidatesAgainstTheOfficialSchema() throws Exception {
        Path out = temp.resolve("codebook.qdc");

        new RefiQdaExport(library).codebook(out);

        QdaSchemas.checkOfficially(Files.readAllBytes(out), "Codebook.xsd");
    }

    @Test
    void theArchiveHoldsTheProjectAndEachArticlesTextInALowercaseSourcesFolder() throws IOException {
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        Map<String, byte[]> entries = entries(out);
        List<String> texts = library.articles().list().stream()
                .map(summary -> library.articles().find(summary.id()).orElseThrow().article().text()).toList();
        assertThat(entries.keySet()).hasSize(3).contains(RefiQda.PROJECT_ENTRY)
                .filteredOn(name -> !name.equals(RefiQda.PROJECT_ENTRY))
                .allMatch(name -> name.matches("sources/[0-9a-f-]{36}\\.txt"));
        assertThat(entries.get(source(coded))).isEqualTo(coded.text().getBytes(StandardCharsets.UTF_8));
        assertThat(entries.entrySet()).filteredOn(entry -> !entry.getKey().equals(RefiQda.PROJECT_ENTRY))
                .extracting(entry -> new String(entry.getValue(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrderElementsOf(texts)
                .noneMatch(text -> text.startsWith("\uFEFF"));
        assertThat(new String(entries.get(RefiQda.PROJECT_ENTRY), StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>").doesNotContain("richTextPath");
    }

    @Test
    void selectionsCountCodePointsOfTheSourcesText() throws Exception {
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        Map<String, byte[]> entries = entries(out);
        Element source = withGuid(parse(entries.get(RefiQda.PROJECT_ENTRY)), "TextSource", sourceGuid(coded));
        assertThat(source.getAttribute("plainTextPath")).isEqualTo(RefiQda.INTERNAL + sourceGuid(coded) + ".txt");
        assertThat(source.getAttribute("name")).isEqualTo("𠮷野家项目开工");
        String text = new String(entries.get(source(coded)), StandardCharsets.UTF_8);
        List<Element> selections = children(source, "PlainTextSelection");
        assertThat(selections).extracting(selection -> selection.getAttribute("guid"))
                .containsExactly(guids.selection(flags.id()), guids.selection(returns.id()));
        Element first = selections.get(0);
        int start = Integer.parseInt(first.getAttribute("startPosition"));
        int end = Integer.parseInt(first.getAttribute("endPosition"));
        assertThat(start).isEqualTo(text.indexOf("亮黄旗") - 1);
        assertThat(CanonicalText.slice(text, start, end)).isEqualTo("亮黄旗").isEqualTo(first.getAttribute("name"));
        Element second = selections.get(1);
        assertThat(CanonicalText.slice(text, Integer.parseInt(second.getAttribute("startPosition")),
                Integer.parseInt(second.getAttribute("endPosition")))).isEqualTo("返岗率达98%");
    }

    @Test
    void codesNestAsTheCodebookAndCategoriesAreNotCodable() throws Exception {
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        Document project = parse(entries(out).get(RefiQda.PROJECT_ENTRY));
        Element measure = withGuid(project, "Code", guids.code(code("措施")));
        Element flagRanking = withGuid(project, "Code", guids.code(code("措施/亮旗评比")));
        assertThat(measure.getAttribute("isCodable")).isEqualTo("false");
        assertThat(flagRanking.getAttribute("isCodable")).isEqualTo("true");
        assertThat(flagRanking.getAttribute("color")).isEqualTo("#D32F2F");
        assertThat(flagRanking.getParentNode()).isSameAs(measure);
        assertThat(children(measure, "Code")).extracting(child -> child.getAttribute("name"))
                .startsWith("亮旗评比", "蓝黄红督导", "约谈问责");
        assertThat(project.getElementsByTagNameNS(NS, "Code").getLength()).isEqualTo(codebook.all().size());
        RefiQda.CodeDetails details = RefiQda.parseCodeDescription(children(flagRanking, "Description").get(0)
                .getTextContent());
        assertThat(details.englishName()).isEqualTo("Red/yellow flag ranking");
        assertThat(details.shortcut()).contains("1");
        assertThat(details.cues()).contains("亮黄旗");
        assertThat(RefiQda.parseCodeDescription(children(measure, "Description").get(0).getTextContent()).attributes())
                .extracting(attribute -> attribute.name()).containsExactly("colour", "rated", "cycle");
    }

    @Test
    void attributesAreTheSelectionsDescriptionAndEachCodeACoding() throws Exception {
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        Document project = parse(entries(out).get(RefiQda.PROJECT_ENTRY));
        Element selection = withGuid(project, "PlainTextSelection", guids.selection(flags.id()));
        assertThat(RefiQda.parseAttributes(children(selection, "Description").get(0).getTextContent()))
                .isEqualTo(Map.of("colour", "黄", "rated", "后进单位"));
        List<Element> codings = children(selection, "Coding");
        assertThat(codings).extracting(coding -> coding.getAttribute("guid")).containsExactly(
                guids.coding(flags.id(), code("措施/亮旗评比")), guids.coding(flags.id(), code("措施/约谈问责")));
        assertThat(codings).extracting(coding -> children(coding, "CodeRef").get(0).getAttribute("targetGUID"))
                .containsExactly(guids.code(code("措施/亮旗评比")), guids.code(code("措施/约谈问责")));
        assertThat(selection.getAttribute("creatingUser")).isEqualTo(guids.user("tester"));
        assertThat(selection.getAttribute("creationDateTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(elements(project, "User")).extracting(user -> user.getAttribute("name")).containsExactly("tester", "李明");
    }

    @Test
    void aNoteStandsWhereQualCoderNvivoAtlasTiAndMaxqdaReadIt() throws Exception {
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        Map<String, byte[]> entries = entries(out);
        Document project = parse(entries.get(RefiQda.PROJECT_ENTRY));
        Element selection = withGuid(project, "PlainTextSelection", guids.selection(flags.id()));
        assertThat(children(selection, "Coding")).hasSize(2);
        assertThat(children(selection, "Description").get(0).getTextContent())
                .isEqualTo("约谈后进单位\n第二行\n\nattr:colour = 黄\nattr:rated = 后进单位");
        assertThat(children(selection, "NoteRef")).singleElement()
                .satisfies(ref -> assertThat(ref.getAttribute("targetGUID")).isEqualTo(guids.note(flags.id())));
        Element source = withGuid(project, "TextSource", sourceGuid(coded));
        assertThat(children(source, "NoteRef")).singleElement()
                .satisfies(ref -> assertThat(ref.getAttribute("targetGUID")).isEqualTo(guids.note(flags.id())));
        Element note = withGuid(project, "Note", guids.note(flags.id()));
        assertThat(children(note, "PlainTextContent").get(0).getTextContent()).isEqualTo("约谈后进单位\n第二行");
        assertThat(note.getAttribute("name")).isEqualTo("约谈后进单位 第二行");
        Element pointer = children(note, "PlainTextSelection").get(0);
        String text = new String(entries.get(source(coded)), StandardCharsets.UTF_8);
        int start = Integer.parseInt(pointer.getAttribute("startPosition"));
        int end = Integer.parseInt(pointer.getAttribute("endPosition"));
        assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end))).isEqualTo("亮黄旗");
        assertThat(elements(project, "Note")).hasSize(1);
        assertThat(children(withGuid(project, "PlainTextSelection", guids.selection(returns.id())), "NoteRef")).isEmpty();
        QdaSchemas.checkProject(entries.get(RefiQda.PROJECT_ENTRY));
    }

    @Test
    void anArticlesMetadataAreTextVariablesOfItsSource() throws Exception {
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        Document project = parse(entries(out).get(RefiQda.PROJECT_ENTRY));
        assertThat(elements(project, "Variable")).extracting(variable -> variable.getAttribute("name"))
                .containsExactlyElementsOf(RefiQda.VARIABLES);
        assertThat(elements(project, "Variable")).allMatch(variable -> variable.getAttribute("typeOfVariable").equals("Text"));
        Map<String, String> values = new LinkedHashMap<>();
        for (Element value : children(withGuid(project, "TextSource", sourceGuid(coded)), "VariableValue")) {
            String guid = children(value, "VariableRef").get(0).getAttribute("targetGUID");
            String name = RefiQda.VARIABLES.stream().filter(variable -> guids.variable(variable).equals(guid))
                    .findFirst().orElseThrow();
            values.put(name, children(value, "TextValue").get(0).getTextContent());
        }
        assertThat(values).containsEntry(RefiQda.TITLE, "𠮷野家项目开工")
                .containsEntry(RefiQda.DATE, coded.date().orElseThrow().iso())
                .containsEntry(RefiQda.SOURCE, "某某日报")
                .containsEntry(RefiQda.BLOCKS, coded.blocks().stream().map(Block::kind).map(kind -> kind.id())
                        .collect(Collectors.joining(",")))
                .doesNotContainKeys(RefiQda.KICKER, RefiQda.URL, RefiQda.STORY);
    }

    @Test
    void aProjectImportedIntoAnEmptyLibraryBringsBackItsArticlesAndAnnotations() {
        Path out = temp.resolve("project.qdpx");
        new RefiQdaExport(library).project(out, ExportScope.ALL);

        try (LibrarySession empty = LibrarySession.open(temp.resolve("empty.sqlite"), "tester")) {
            AnnotationImportReport report = empty.importAnnotations(out).run(Progress.NONE);

            assertThat(report.unmatched()).isEmpty();
            assertThat(report.articlesAdded()).isEqualTo(2);
            assertThat(report.added()).isEqualTo(2);
            assertThat(empty.articles()).extracting(summary -> empty.article(summary.id()).orElseThrow().article())
                    .contains(coded);
            Codebook imported = empty.codebook();
            assertThat(empty.annotations()).extracting(annotation -> List.of(annotation.anchor(),
                    annotation.codeIds().stream().map(id -> imported.path(imported.find(id).orElseThrow())).toList(),
                    annotation.note(), annotation.attributes(), annotation.coder()))
                    .containsExactly(List.of(flags.anchor(), List.of("措施/亮旗评比", "措施/约谈问责"), flags.note(),
                            flags.attributes(), "tester"), List.of(returns.anchor(), List.of("成效/复工复产"), "",
                            returns.attributes(), "李明"));
        }
    }

    @Test
    void twoExportsOfTheSameLibraryAreTheSameBytes() throws IOException {
        Path first = temp.resolve("first.qdpx");
        Path second = temp.resolve("second.qdpx");

        new RefiQdaExport(library).project(first, ExportScope.ALL);
        new RefiQdaExport(library).project(second, ExportScope.ALL);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theProjectIsDatedByItsCodingNotByTheExport() throws Exception {
        Instant created = Instant.parse("2024-03-01T08:00:00.250Z");
        Instant modified = Instant.parse("2024-03-02T09:30:00Z");
        library.annotations().restore(new Annotation(flags.id(), flags.articleId(), flags.anchor(), flags.codeIds(),
                flags.note(), flags.attributes(), flags.coder(), created, modified, false));
        library.annotations().restore(new Annotation(returns.id(), returns.articleId(), returns.anchor(),
                returns.codeIds(), returns.note(), returns.attributes(), returns.coder(), created.plusSeconds(60),
                created.plusSeconds(60), false));
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        Element project = parse(entries(out).get(RefiQda.PROJECT_ENTRY)).getDocumentElement();
        assertThat(project.getAttribute("creationDateTime")).isEqualTo("2024-03-01T08:00:00Z");
        assertThat(project.getAttribute("modifiedDateTime")).isEqualTo("2024-03-02T09:30:00Z");
        assertThat(project.getAttribute("name")).isEqualTo("Flagmark: library.sqlite");
        assertThat(project.getAttribute("origin")).startsWith("Flagmark");
    }

    @Test
    void aScopeOfCodesTakesTheirAnnotationsAndTheArticlesHoldingThem() throws Exception {
        Path out = temp.resolve("measures.qdpx");

        int written = new RefiQdaExport(library).project(out, ExportScope.codes(List.of(code("措施"))));

        assertThat(written).isEqualTo(1);
        Map<String, byte[]> entries = entries(out);
        assertThat(entries.keySet()).containsExactlyInAnyOrder(RefiQda.PROJECT_ENTRY, source(coded));
        Document project = parse(entries.get(RefiQda.PROJECT_ENTRY));
        assertThat(codedPassages(project)).extracting(selection -> selection.getAttribute("guid"))
                .containsExactly(guids.selection(flags.id()));
        assertThat(elements(project, "User")).extracting(user -> user.getAttribute("name")).containsExactly("tester");
        assertThat(elements(project, "Code")).hasSize(codebook.all().size());
    }

    @Test
    void anOrphanedAnnotationIsLeftOutForItsOffsetsNoLongerPointIntoTheText() throws Exception {
        library.annotations().update(new Annotation(returns.id(), returns.articleId(), returns.anchor(),
                returns.codeIds(), returns.note(), returns.attributes(), returns.coder(), returns.created(),
                returns.modified(), true));
        Path out = temp.resolve("project.qdpx");

        int written = new RefiQdaExport(library).project(out, ExportScope.ALL);

        assertThat(written).isEqualTo(1);
        assertThat(codedPassages(parse(entries(out).get(RefiQda.PROJECT_ENTRY)))).hasSize(1);
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutOfTheProject() throws Exception {
        library.annotations().update(new Annotation(flags.id(), flags.articleId(), flags.anchor(), flags.codeIds(),
                "响铃\u0007在此", flags.attributes(), flags.coder(), flags.created(), flags.modified(), false));
        Path out = temp.resolve("project.qdpx");

        new RefiQdaExport(library).project(out, ExportScope.ALL);

        byte[] project = entries(out).get(RefiQda.PROJECT_ENTRY);
        QdaSchemas.checkProject(project);
        Element note = withGuid(parse(project), "Note", guids.note(flags.id()));
        assertThat(children(note, "PlainTextContent").get(0).getTextContent()).isEqualTo("响铃在此");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreNoXmlButOtherPlanesAre() {
        assertThat(QdaXmlWriter.legal("a\u0001b\uD800c\uFFFE\t𠮷\n")).isEqualTo("abc\t𠮷\n");
    }

    @Test
    void anExportIntoAMissingFolderLeavesNoFile() {
        Path out = temp.resolve("no/such/folder/project.qdpx");

        assertThatThrownBy(() -> new RefiQdaExport(library).project(out, ExportScope.ALL))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new RefiQdaExport(library).codebook(out)).isInstanceOf(FlagmarkException.class);

        assertThat(temp.resolve("no")).doesNotExist();
    }

    @Test
    void aCancelledExportLeavesNoFile() throws IOException {
        Path out = temp.resolve("project.qdpx");
        Progress cancelled = Cancelled.PROGRESS;

        assertThatThrownBy(() -> new RefiQdaExport(library).project(out, ExportScope.ALL, cancelled))
                .isInstanceOf(FlagmarkException.class).hasMessageContaining("Cancelled");

        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.contains("project.qdpx"));
        }
    }

    private long code(String path) {
        return codebook.resolve(path).orElseThrow().id();
    }

    private static Anchor anchor(String text, String quote) {
        int start = text.codePointCount(0, text.indexOf(quote));
        return Anchors.of(text, start, start + quote.codePointCount(0, quote.length()));
    }

    private String sourceGuid(Article article) {
        return guids.source(Fingerprint.of(article));
    }

    private String source(Article article) {
        return RefiQda.SOURCES_FOLDER + sourceGuid(article) + ".txt";
    }

    private static Map<String, byte[]> entries(Path archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static Document parse(byte[] document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = new ByteArrayInputStream(document)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document document, String name) {
        return list(document.getElementsByTagNameNS(NS, name));
    }

    /** The selections of the sources, not those of notes. */
    private static List<Element> codedPassages(Document document) {
        return elements(document, "TextSource").stream().flatMap(source -> children(source, "PlainTextSelection").stream())
                .toList();
    }

    private static Element withGuid(Document document, String name, String guid) {
        return elements(document, name).stream().filter(element -> element.getAttribute("guid").equals(guid))
                .findFirst().orElseThrow(() -> new AssertionError("No " + name + " with guid " + guid));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && NS.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
