package com.flagmark;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.export.NotImported;
import com.flagmark.export.RefusedFile;
import com.flagmark.export.Unmatched;
import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportOptions;
import com.flagmark.ingest.ImportReport;
import com.flagmark.library.AnnotationRepository;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleOrder;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Backups;
import com.flagmark.library.CheckReport;
import com.flagmark.library.CodebookRepository;
import com.flagmark.library.IndexProgress;
import com.flagmark.library.Library;
import com.flagmark.library.Passage;
import com.flagmark.library.PassageOrder;
import com.flagmark.library.SearchHit;
import com.flagmark.library.SearchResult;
import com.flagmark.library.Snippet;
import com.flagmark.library.StoredArticle;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;

/**
 * The layering of DESIGN.md: the model at the bottom, the domain (annotate) on it alone, ingest,
 * nlp and the library above, the exchange formats (export) beside them, the use cases over all
 * of these, and the app and the command line on top, reaching the layers below only through the
 * use cases. Lower layers never import higher ones, and each library stays in its layer.
 */
@AnalyzeClasses(packages = "com.flagmark", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /**
     * The types of the library, ingest and export that the app and the command line may name:
     * plain values they display or hand back to a use case, and the refusal the command line
     * answers with its own exit status. Everything else of those layers they reach through
     * {@link com.flagmark.usecase.LibrarySession}.
     */
    private static final DescribedPredicate<JavaClass> VALUES_THE_UI_SHOWS = belongToAnyOf(
            // What the list, the reader and the search show, and the filters a user sets.
            ArticleSummary.class, StoredArticle.class, SearchResult.class, SearchHit.class, Snippet.class,
            ArticleFilter.class, ArticleOrder.class,
            // A coded passage with its article, as the Passages view and command show it, and the orders it can take.
            Passage.class, PassageOrder.class,
            // The report of a folder import.
            ImportReport.class, FileOutcome.class, ImportOptions.class,
            // The formats and scopes a user picks for an export (their writing is the use case's).
            ExportFormat.class, ExportScope.class,
            // What an annotation import could not bring in, as its report lists it, and the refusal of
            // a file that is not one.
            Unmatched.class, NotImported.class, RefusedFile.class,
            // The report of a check of the library, and the backups a user picks from.
            CheckReport.class, Backups.Backup.class,
            // How far the search index is while it catches up, as a search says it.
            IndexProgress.class);

    /** The methods that change the library, by the class that declares them. */
    private static final Map<String, Set<String>> LIBRARY_WRITES = Map.of(
            Library.class.getName(), Set.of("transaction", "storeFile", "importStore"),
            AnnotationRepository.class.getName(), Set.of("create", "update", "delete", "restore"),
            CodebookRepository.class.getName(), Set.of("add", "update", "move", "restore", "merge", "delete",
                    "revert", "remove"));

    @ArchTest
    static final ArchRule modelDependsOnNothing = classes().that().resideInAPackage("..flagmark.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..flagmark.model..", "java..");

    @ArchTest
    static final ArchRule theDomainStandsOnTheModelAlone = classes().that().resideInAPackage("..flagmark.annotate..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..flagmark.annotate..", "..flagmark.model..",
                    "java..");

    @ArchTest
    static final ArchRule renderKnowsOnlyTheModel = classes().that().resideInAPackage("..flagmark.render..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..flagmark.render..", "..flagmark.model..", "java..");

    @ArchTest
    static final ArchRule nlpKnowsOnlyTheModel = noClasses().that().resideInAPackage("..flagmark.nlp..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.annotate..", "..flagmark.ingest..",
                    "..flagmark.library..", "..flagmark.render..", "..flagmark.export..");

    @ArchTest
    static final ArchRule ingestKnowsNoDatabase = noClasses().that().resideInAPackage("..flagmark.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.annotate..", "..flagmark.library..",
                    "..flagmark.render..", "..flagmark.export..");

    @ArchTest
    static final ArchRule decodingKnowsNoOtherGroupOfIngest = noClasses().that()
            .resideInAPackage("..flagmark.ingest.decode..")
            .should().dependOnClassesThat().resideInAnyPackage("com.flagmark.ingest", "..flagmark.ingest.text..",
                    "..flagmark.ingest.web..");

    @ArchTest
    static final ArchRule textKnowsNotOfWebPagesOrTheImporter = noClasses().that()
            .resideInAPackage("..flagmark.ingest.text..")
            .should().dependOnClassesThat().resideInAnyPackage("com.flagmark.ingest", "..flagmark.ingest.web..");

    @ArchTest
    static final ArchRule webPagesKnowNotOfTheImporter = noClasses().that().resideInAPackage("..flagmark.ingest.web..")
            .should().dependOnClassesThat().resideInAPackage("com.flagmark.ingest");

    @ArchTest
    static final ArchRule theLibraryKnowsNoLayerAbove = noClasses().that().resideInAPackage("..flagmark.library..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.render..", "..flagmark.export..");

    @ArchTest
    static final ArchRule exportDoesNotReachIntoIngest = noClasses().that().resideInAPackage("..flagmark.export..")
            .should().dependOnClassesThat().resideInAPackage("..flagmark.ingest..");

    @ArchTest
    static final ArchRule theExchangeFormatsOnlyReadTheLibrary = noClasses().that()
            .resideInAPackage("..flagmark.export..")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a write to the library") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return LIBRARY_WRITES.getOrDefault(call.getTargetOwner().getName(), Set.of()).contains(call.getName());
                }
            });

    @ArchTest
    static final ArchRule nothingBelowTheUseCasesImportsThem = noClasses()
            .that().resideInAnyPackage("..flagmark.model..", "..flagmark.annotate..", "..flagmark.nlp..",
                    "..flagmark.ingest..", "..flagmark.library..", "..flagmark.render..", "..flagmark.export..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.usecase..", "..flagmark.app..",
                    "..flagmark.cli..");

    @ArchTest
    static final ArchRule theUseCasesKnowNoUserInterface = noClasses().that().resideInAPackage("..flagmark.usecase..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.app..", "..flagmark.cli..");

    @ArchTest
    static final ArchRule theUserInterfacesReachTheLayersBelowThroughTheUseCases = noClasses()
            .that().resideInAnyPackage("..flagmark.app..", "..flagmark.cli..")
            .should().dependOnClassesThat(resideInAnyPackage("..flagmark.library..", "..flagmark.ingest..",
                    "..flagmark.export..", "..flagmark.nlp..").and(not(VALUES_THE_UI_SHOWS)));

    @ArchTest
    static final ArchRule commandLineAndDesktopStayApart = noClasses().that().resideInAPackage("..flagmark.cli..")
            .should().dependOnClassesThat().resideInAPackage("..flagmark.app..");

    @ArchTest
    static final ArchRule onlyTheLibraryWritesSql = noClasses().that().resideOutsideOfPackage("..flagmark.library..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyTheLibraryKeepsTheSearchIndex = noClasses().that().resideOutsideOfPackage("..flagmark.library..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");

    @ArchTest
    static final ArchRule onlyNlpImportsHanlp = noClasses().that().resideOutsideOfPackage("..flagmark.nlp..")
            .should().dependOnClassesThat().resideInAPackage("com.hankcs..");

    @ArchTest
    static final ArchRule onlyTheAppUsesJavaFx = noClasses().that().resideOutsideOfPackage("..flagmark.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..");
}
