package com.flagmark.export;

import com.flagmark.annotate.Codebook;
import com.flagmark.export.RefiQda.CodeDetails;
import com.flagmark.model.Code;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes the codebook as QDA-XML's nested {@code Code} elements, the same in a project and in
 * a codebook file: every code in tree order, a category as not codable, and what QDA-XML has
 * no attribute for in the code's description ({@link RefiQda#codeDescription}).
 */
final class QdaCodes {

    private QdaCodes() {
    }

    /** Writes the {@code Codes} element; the codebook holds at least one code, as QDA-XML asks. */
    static void write(QdaXmlWriter xml, Codebook codebook) throws IOException {
        xml.start("Codes");
        for (Code root : codebook.roots()) {
            code(xml, codebook, root);
        }
        xml.end();
    }

    private static void code(QdaXmlWriter xml, Codebook codebook, Code code) throws IOException {
        xml.start("Code")
                .attribute("guid", RefiQda.codeGuid(code.id()))
                .attribute("name", code.name())
                .attribute("isCodable", String.valueOf(code.codable()))
                .attribute("color", code.colour().toUpperCase(Locale.ROOT));
        String description = RefiQda.codeDescription(new CodeDetails(code.description(), code.englishName(),
                code.shortcut(), code.attributes(), code.cues()));
        if (!description.isEmpty()) {
            xml.textElement("Description", description);
        }
        for (Code child : codebook.children(code.id())) {
            code(xml, codebook, child);
        }
        xml.end();
    }
}
