package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Block;
import com.flagmark.model.Correction;
import com.flagmark.model.MetadataField;
import com.flagmark.model.StoryRef;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The header's details editor: what it shows and what it makes of the user's entries. */
class MetadataFormTest {

    private static final Article HANTING = new Article(Optional.of("寒亭打响项目建设发令枪"), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(Author.of("张蓓", "记者"), Author.of("于志君", "通讯员"),
            Author.of("杨倩", "责任编辑")), Optional.empty(), List.of(Block.paragraph("近日，寒亭区打响项目建设发令枪。")),
            StoryRef.SINGLE);

    @Test
    void oneArticlesFormShowsItsDetailsAndTheAuthorsAlone() {
        MetadataForm form = MetadataForm.of(HANTING);

        assertThat(form.initial(MetadataField.TITLE)).isEqualTo("寒亭打响项目建设发令枪");
        assertThat(form.initial(MetadataField.DATE)).isEmpty();
        assertThat(form.initial(MetadataField.AUTHORS)).isEqualTo("张蓓、于志君");
    }

    @Test
    void oneArticleGetsACorrectionForEachFieldChangedAndAnEmptiedFieldSaysNone() {
        MetadataForm form = MetadataForm.of(HANTING);
        Map<MetadataField, String> entered = entries(form);
        entered.put(MetadataField.DATE, "2023-01-31");
        entered.put(MetadataField.TITLE, "");
        entered.put(MetadataField.AUTHORS, "张蓓， 谭佃贵");

        List<Correction> corrections = form.corrections(entered);

        assertThat(corrections).containsExactly(Correction.of(MetadataField.TITLE, ""),
                Correction.of(MetadataField.DATE, "2023-01-31"), Correction.authors(List.of("张蓓", "谭佃贵")));
        assertThat(ArticleDate.parseIso(corrections.get(1).value().orElseThrow()))
                .contains(ArticleDate.of(LocalDate.of(2023, 1, 31)));
    }

    @Test
    void nothingChangedMakesNoCorrection() {
        MetadataForm form = MetadataForm.of(HANTING);

        assertThat(form.corrections(entries(form))).isEmpty();
    }

    @Test
    void severalArticlesGetOnlyTheFieldsFilledIn() {
        MetadataForm form = MetadataForm.ofSeveral(5);
        Map<MetadataField, String> entered = entries(form);
        entered.put(MetadataField.SOURCE, " 潍坊日报 ");

        assertThat(form.initial(MetadataField.TITLE)).isEmpty();
        assertThat(form.corrections(entered)).containsExactly(Correction.of(MetadataField.SOURCE, "潍坊日报"));
    }

    @Test
    void aDateThatIsNoDateIsRefusedWithTheEntryInTheMessage() {
        Map<MetadataField, String> entered = new EnumMap<>(MetadataField.class);
        entered.put(MetadataField.DATE, "2023年1月31日");

        assertThat(MetadataForm.problem(entered)).hasValueSatisfying(message -> assertThat(message).contains("2023年1月31日"));
        entered.put(MetadataField.DATE, "2023-01-31");
        assertThat(MetadataForm.problem(entered)).isEmpty();
    }

    private static Map<MetadataField, String> entries(MetadataForm form) {
        Map<MetadataField, String> entered = new EnumMap<>(MetadataField.class);
        for (MetadataField field : MetadataField.values()) {
            entered.put(field, form.initial(field));
        }
        return entered;
    }
}
