package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttributeEntriesTest {

    private static final AttributeDefinition VALUE = new AttributeDefinition("value", "数值", "Value",
            AttributeType.NUMBER, List.of());
    private static final AttributeDefinition COLOUR = new AttributeDefinition("colour", "旗牌颜色",
            "Flag or badge colour", AttributeType.CHOICE, List.of("红", "黄", "none"));

    @AfterEach
    void backToTheSystemLanguage() {
        Messages.use(Locale.getDefault());
    }

    @Test
    void anInvalidNumberIsKeptAsTypedWithItsProblemAndNotSaved() {
        Messages.use(Locale.ENGLISH);
        AttributeEntries entries = new AttributeEntries();
        entries.show(1, Map.of("unit", "%"));

        assertThat(entries.type(VALUE, "98abc")).isEmpty();

        assertThat(entries.text("value")).isEqualTo("98abc");
        assertThat(entries.problem(VALUE))
                .contains("Value: a number is needed, such as 98 or 2.5; kept as typed, not saved.");
    }

    @Test
    void theProblemIsWordedInTheUisLanguage() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        AttributeEntries entries = new AttributeEntries();
        entries.show(1, Map.of());

        entries.type(VALUE, "98abc");

        assertThat(entries.problem(VALUE)).contains("数值：需要一个数字，如 98 或 2.5；已保留所输入的内容，但未保存。");
    }

    @Test
    void whatWasTypedSurvivesTheSameAnnotationShownAgain() {
        AttributeEntries entries = new AttributeEntries();
        entries.show(1, Map.of());
        entries.type(VALUE, "98abc");

        entries.show(1, Map.of("unit", "%"));

        assertThat(entries.text("value")).isEqualTo("98abc");
    }

    @Test
    void anotherAnnotationStartsFromItsOwnSavedValues() {
        AttributeEntries entries = new AttributeEntries();
        entries.show(1, Map.of());
        entries.type(VALUE, "98abc");

        entries.show(2, Map.of("value", "12"));

        assertThat(entries.text("value")).isEqualTo("12");
        assertThat(entries.problem(VALUE)).isEmpty();
    }

    @Test
    void correctingTheTextSavesAllTheValuesAndClearsTheProblem() {
        AttributeEntries entries = new AttributeEntries();
        entries.show(1, Map.of("unit", "%"));
        entries.type(VALUE, "98abc");

        assertThat(entries.type(VALUE, " 98 ")).contains(Map.of("value", "98", "unit", "%"));
        assertThat(entries.problem(VALUE)).isEmpty();
    }

    @Test
    void anUnchangedValueIsNotSavedAgain() {
        AttributeEntries entries = new AttributeEntries();
        entries.show(1, Map.of("value", "98"));

        assertThat(entries.type(VALUE, "98")).isEmpty();
    }

    @Test
    void emptyingAFieldRemovesItsValue() {
        AttributeEntries entries = new AttributeEntries();
        entries.show(1, Map.of("value", "98", "unit", "%"));

        assertThat(entries.type(VALUE, "")).contains(Map.of("unit", "%"));
    }

    @Test
    void theFlagColoursAreNamedInEnglishInTheEnglishUiAndStoredAsTheCodebookHasThem() {
        Messages.use(Locale.ENGLISH);

        assertThat(List.of("红", "黄", "none").stream().map(AttributeEntries::choiceName))
                .containsExactly("Red", "Yellow", "None");
    }

    @Test
    void aChoiceOutsideItsListIsExplainedWithTheChoicesNamedInTheUisLanguage() {
        Messages.use(Locale.ENGLISH);
        AttributeEntries entries = new AttributeEntries();
        entries.show(1, Map.of());

        entries.type(COLOUR, "purple");

        assertThat(entries.problem(COLOUR)).contains(
                "Flag or badge colour: one of Red, Yellow, None is needed; kept as typed, not saved.");
    }

    @Test
    void anExampleInAnEmptyFieldIsWordedAsAnExampleNotAValue() {
        Messages.use(Locale.ENGLISH);

        assertThat(AttributeEntries.example(VALUE)).isEqualTo("e.g. 98");
    }
}
