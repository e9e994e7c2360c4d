package com.flagmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.export.RefiQda.CodeDetails;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import com.flagmark.model.Author;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Flagmark writes where QDA-XML has no place for it reads back as it was. */
class RefiQdaTest {

    private static final AttributeDefinition COLOUR = new AttributeDefinition("colour", "旗牌颜色", "Flag or badge colour",
            AttributeType.CHOICE, List.of("红", "黄", "none"));
    private static final AttributeDefinition VALUE = new AttributeDefinition("value", "数值", "Value",
            AttributeType.NUMBER, List.of());

    @Test
    void aCodeDescriptionWithEveryDetailReadsBackWhole() {
        CodeDetails details = new CodeDetails("督导工具。\n第二段", "Red/yellow flag ranking", Optional.of("1"),
                List.of(COLOUR, VALUE), List.of("红旗", "亮黄旗"));

        String text = RefiQda.codeDescription(details);

        assertThat(text).isEqualTo("督导工具。\n第二段\n\nEnglish: Red/yellow flag ranking\nShortcut: 1\n"
                + "Attribute: colour | 旗牌颜色 | Flag or badge colour | choice | 红, 黄, none\n"
                + "Attribute: value | 数值 | Value | number\nCues: 红旗, 亮黄旗");
        assertThat(RefiQda.parseCodeDescription(text)).isEqualTo(details);
    }

    @Test
    void detailsWithoutADescriptionAreWrittenAloneAndReadBack() {
        CodeDetails details = new CodeDetails("", "Measure", Optional.empty(), List.of(VALUE), List.of());

        String text = RefiQda.codeDescription(details);

        assertThat(text).isEqualTo("English: Measure\nAttribute: value | 数值 | Value | number");
        assertThat(RefiQda.parseCodeDescription(text)).isEqualTo(details);
    }

    @Test
    void aDescriptionAloneIsWrittenAsItIs() {
        CodeDetails details = new CodeDetails("A place named in the text.\n", "", Optional.empty(), List.of(), List.of());

        String text = RefiQda.codeDescription(details);

        assertThat(text).isEqualTo("A place named in the text.\n");
        assertThat(RefiQda.parseCodeDescription(text)).isEqualTo(details);
    }

    @Test
    void nothingToSayIsAnEmptyDescription() {
        CodeDetails nothing = new CodeDetails("", "", Optional.empty(), List.of(), List.of());

        assertThat(RefiQda.codeDescription(nothing)).isEmpty();
        assertThat(RefiQda.parseCodeDescription("")).isEqualTo(nothing);
    }

    @Test
    void aDescriptionEndingInAnEmptyLineKeepsItBeforeTheDetails() {
        CodeDetails details = new CodeDetails("第一段\n", "Outcome", Optional.empty(), List.of(), List.of());

        assertThat(RefiQda.parseCodeDescription(RefiQda.codeDescription(details))).isEqualTo(details);
    }

    @Test
    void anotherToolsDescriptionWithAKeyInItsMiddleIsAllDescription() {
        String foreign = "English: see below\nThe code for flags.";

        assertThat(RefiQda.parseCodeDescription(foreign))
                .isEqualTo(new CodeDetails(foreign, "", Optional.empty(), List.of(), List.of()));
    }

    @Test
    void attributeValuesReadBackInTheirOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("unit", "%");
        values.put("value", "98");
        values.put("rated", "后进单位 = 3 个");

        String text = RefiQda.attributesDescription(values);

        assertThat(text).isEqualTo("attr:unit = %\nattr:value = 98\nattr:rated = 后进单位 = 3 个");
        assertThat(RefiQda.parseAttributes(text)).containsExactlyEntriesOf(values);
    }

    @Test
    void anEmptyAttributeValueReadsBackEmpty() {
        Map<String, String> values = Map.of("unit", "");

        assertThat(RefiQda.parseAttributes(RefiQda.attributesDescription(values))).containsExactlyEntriesOf(values);
    }

    @Test
    void linesOfADescriptionThatAreNoAttributesAreLeftOut() {
        assertThat(RefiQda.parseAttributes("A memo\nattr:value = 98\nattr:值 = 1"))
                .containsExactlyEntriesOf(Map.of("value", "98"));
    }

    @Test
    void authorsWithAndWithoutRolesReadBack() {
        List<Author> authors = List.of(Author.of("张鹏", "记者"), Author.of("衣文萍", null));

        String text = RefiQda.authors(authors);

        assertThat(text).isEqualTo("张鹏 (记者); 衣文萍");
        assertThat(RefiQda.parseAuthors(text)).isEqualTo(authors);
    }

    @Test
    void guidsAreStableAndDistinctForDistinctThings() {
        QdaGuids guids = new QdaGuids("0123456789abcdef0123456789abcdef");

        assertThat(guids.code(12)).isEqualTo(new QdaGuids("0123456789abcdef0123456789abcdef").code(12))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(List.of(guids.code(12), guids.selection(12), guids.note(12), guids.noteSelection(12),
                guids.coding(12, 1), guids.user("12"), guids.variable("12"), guids.source("12"))).doesNotHaveDuplicates();
    }

    @Test
    void twoLibrariesNeverShareAGuid() {
        QdaGuids one = new QdaGuids("0123456789abcdef0123456789abcdef");
        QdaGuids other = new QdaGuids("fedcba9876543210fedcba9876543210");

        assertThat(one.selection(1)).isNotEqualTo(other.selection(1));
        assertThat(one.code(1)).isNotEqualTo(other.code(1));
        assertThat(one.source("abc")).isNotEqualTo(other.source("abc"));
    }

    @Test
    void aNoteAndAttributesShareTheSelectionsDescriptionAndReadBackApart() {
        String description = RefiQda.selectionDescription("约谈后进单位\n第二行", Map.of("value", "98"));

        assertThat(description).isEqualTo("约谈后进单位\n第二行\n\nattr:value = 98");
        assertThat(RefiQda.memo(description)).isEqualTo("约谈后进单位\n第二行");
        assertThat(RefiQda.parseAttributes(description)).containsExactlyEntriesOf(Map.of("value", "98"));
        assertThat(RefiQda.memo("attr:value = 98")).isEmpty();
    }
}
