package com.flagmark.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import com.flagmark.model.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodebookTest {

    private static final AttributeDefinition VALUE = new AttributeDefinition("value", "数值", "Value", AttributeType.NUMBER, List.of());
    private static final AttributeDefinition UNIT = new AttributeDefinition("unit", "单位", "Unit", AttributeType.TEXT, List.of("%", "人"));
    private static final AttributeDefinition COLOUR = new AttributeDefinition("colour", "旗牌颜色", "Colour", AttributeType.CHOICE,
            List.of("红", "黄"));

    private final Codebook codebook = new Codebook(List.of(
            code(1, null, "措施", false, List.of(COLOUR), 0, null),
            code(2, 1L, "亮旗评比", true, List.of(), 0, "1"),
            code(3, 1L, "约谈问责", true, List.of(), 1, "3"),
            code(4, null, "成效", false, List.of(VALUE, UNIT), 1, null),
            code(5, 4L, "复工复产", true, List.of(), 0, "7")));

    @Test
    void namesCodesByPath() {
        assertThat(codebook.path(codebook.find(2).orElseThrow())).isEqualTo("措施/亮旗评比");
        assertThat(codebook.resolve("成效/复工复产")).map(Code::id).contains(5L);
        assertThat(codebook.resolve("5")).map(Code::name).contains("复工复产");
        assertThat(codebook.resolve("措施/不存在")).isEmpty();
    }

    @Test
    void listsParentsBeforeChildrenInOrder() {
        assertThat(codebook.all()).extracting(Code::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(codebook.subtree(1)).extracting(Code::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void inheritsTheAttributesOfItsAncestors() {
        assertThat(codebook.attributesOf(List.of(5L, 2L))).extracting(AttributeDefinition::name)
                .containsExactly("value", "unit", "colour");
    }

    @Test
    void findsThePinnedCodeOfAShortcutKey() {
        assertThat(codebook.byShortcut("3")).map(Code::name).contains("约谈问责");
    }

    @Test
    void checksAttributeValuesAgainstTheirTypes() {
        assertThat(AttributeValues.problems(codebook, List.of(5L), Map.of("value", "98", "unit", "%"))).isEmpty();
        assertThat(AttributeValues.problems(codebook, List.of(5L), Map.of("value", "九十八")))
                .singleElement().asString().contains("must be a number");
        assertThat(AttributeValues.problems(codebook, List.of(2L), Map.of("colour", "紫")))
                .singleElement().asString().contains("红, 黄");
        assertThat(AttributeValues.problems(codebook, List.of(2L), Map.of("value", "1")))
                .singleElement().asString().contains("no attribute 'value'");
    }

    @Test
    void aCodebookAHundredThousandLevelsDeepIsWalkedWithoutOverflowingTheStack() {
        List<Code> chain = new ArrayList<>();
        chain.add(code(1, null, "层", false, List.of(VALUE), 0, null));
        for (long id = 2; id <= 100_000; id++) {
            chain.add(code(id, id - 1, "层", true, List.of(), 0, null));
        }
        Codebook deep = new Codebook(chain);

        assertThat(deep.all()).hasSize(100_000).first().extracting(Code::id).isEqualTo(1L);
        assertThat(deep.subtree(99_999)).extracting(Code::id).containsExactly(99_999L, 100_000L);
        assertThat(deep.attributesOf(deep.find(100_000).orElseThrow())).containsExactly(VALUE);
    }

    private static Code code(long id, Long parent, String name, boolean codable, List<AttributeDefinition> attributes,
            int position, String shortcut) {
        return new Code(id, Optional.ofNullable(parent), name, name + " (en)", "#336699", Optional.ofNullable(shortcut), "",
                codable, attributes, List.of(), position);
    }
}
