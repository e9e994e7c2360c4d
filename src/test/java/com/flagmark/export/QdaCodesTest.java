package com.flagmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The codebook written as nested QDA-XML codes. */
class QdaCodesTest {

    @Test
    void aCodebookTwoThousandFiveHundredLevelsDeepIsWrittenWithoutOverflowingTheStack() throws Exception {
        List<Code> chain = new ArrayList<>();
        for (long id = 1; id <= 2_500; id++) {
            chain.add(new Code(id, id == 1 ? Optional.empty() : Optional.of(id - 1), "层" + id, "", "#336699",
                    Optional.empty(), "", true, List.of(), List.of(), 0));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        QdaXmlWriter xml = QdaXmlWriter.document(out, "CodeBook", RefiQda.CODEBOOK_NAMESPACE);
        QdaCodes.write(xml, new Codebook(chain), new QdaGuids("0123456789abcdef0123456789abcdef"));
        xml.finish();

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written.split("<Code ", -1)).hasSize(2_501);
        assertThat(written.split("</Code>", -1)).hasSize(2_501);
        assertThat(written.indexOf("name=\"层2500\"")).isGreaterThan(written.indexOf("name=\"层2499\""));
    }
}
