package com.flagmark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md: lower layers never import higher ones, and each library stays in its layer. */
@AnalyzeClasses(packages = "com.flagmark", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelDependsOnNothing = classes().that().resideInAPackage("..flagmark.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..flagmark.model..", "java..");

    @ArchTest
    static final ArchRule nothingBelowTheUiImportsIt = noClasses()
            .that().resideInAnyPackage("..flagmark.model..", "..flagmark.nlp..", "..flagmark.ingest..",
                    "..flagmark.library..", "..flagmark.render..", "..flagmark.annotate..", "..flagmark.export..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.app..", "..flagmark.cli..");

    @ArchTest
    static final ArchRule commandLineAndDesktopStayApart = noClasses().that().resideInAPackage("..flagmark.cli..")
            .should().dependOnClassesThat().resideInAPackage("..flagmark.app..");

    @ArchTest
    static final ArchRule ingestKnowsNoDatabase = noClasses().that().resideInAPackage("..flagmark.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.library..", "..flagmark.render..",
                    "..flagmark.annotate..", "..flagmark.export..");

    @ArchTest
    static final ArchRule theLibraryKnowsNoDomainAbove = noClasses().that().resideInAPackage("..flagmark.library..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.annotate..", "..flagmark.render..",
                    "..flagmark.export..");

    @ArchTest
    static final ArchRule nlpKnowsOnlyTheModel = noClasses().that().resideInAPackage("..flagmark.nlp..")
            .should().dependOnClassesThat().resideInAnyPackage("..flagmark.ingest..", "..flagmark.library..",
                    "..flagmark.render..", "..flagmark.annotate..", "..flagmark.export..");

    @ArchTest
    static final ArchRule renderKnowsOnlyTheModel = classes().that().resideInAPackage("..flagmark.render..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..flagmark.render..", "..flagmark.model..", "java..");

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
