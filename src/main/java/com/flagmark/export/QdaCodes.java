package com.flagmark.export;

import com.flagmark.annotate.Codebook;
import com.flagmark.export.RefiQda.CodeDetails;
import com.flagmark.model.Code;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;

/**
 * Writes the codebook as QDA-XML's nested {@code Code} elements, the same in a project and in
 * a codebook file: every code in tree order, a category as not codable, and what QDA-XML has
 * no attribute for in the code's description ({@link RefiQda#codeDescription}). The tree is
 * walked with a stack of its own, so no depth of codebook can overflow the thread's.
 */
final class QdaCodes {

    private QdaCodes() {
    }

    /** Writes the {@code Codes} element; the codebook holds at least one code, as QDA-XML asks. */
    static void write(QdaXmlWriter xml, Codebook codebook, QdaGuids guids) throws IOException {
        xml.start("Codes");
        Deque<Iterator<Code>> open = new ArrayDeque<>();
        open.push(codebook.roots().iterator());
        while (!open.isEmpty()) {
            if (!open.peek().hasNext()) {
                open.pop();
                if (!open.isEmpty()) {
                    xml.end();
                }
                continue;
            }
            Code code = open.peek().next();
            start(xml, code, guids);
            open.push(codebook.children(code.id()).iterator());
        }
        xml.end();
    }

    private static void start(QdaXmlWriter xml, Code code, QdaGuids guids) throws IOException {
        xml.start("Code")
                .attribute("guid", guids.code(code.id()))
                .attribute("name", code.name())
                .attribute("isCodable", String.valueOf(code.codable()))
                .attribute("color", code.colour().toUpperCase(Locale.ROOT));
        String description = RefiQda.codeDescription(new CodeDetails(code.description(), code.englishName(),
                code.shortcut(), code.attributes(), code.cues()));
        if (!description.isEmpty()) {
            xml.textElement("Description", description);
        }
    }
}
