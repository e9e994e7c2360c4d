package com.flagmark.nlp.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompiledNamesTest {

    /** Fails when the gazetteer or the way its names are chosen changed and the resource was not compiled again. */
    @Test
    void theShippedPlaceNamesAreWhatTheGazetteerCompilesTo() throws IOException {
        assertThat(shipped(PlaceIndex.RESOURCE)).as("run scripts/gazetteer/compile-names.sh")
                .isEqualTo(CompileNames.compiled(out -> PlaceIndex.compile(Gazetteer.shared(), out)));
    }

    @Test
    void theShippedContextFormsAreWhatTheGazetteerCompilesTo() throws IOException {
        assertThat(shipped(ContextForms.RESOURCE)).as("run scripts/gazetteer/compile-names.sh")
                .isEqualTo(CompileNames.compiled(out -> ContextForms.compile(Gazetteer.shared(), out)));
    }

    @Test
    void anAutomatonReadBackFindsEveryNameWithItsPlaces() throws Exception {
        List<String> places = List.of("潍坊市", "寒亭区", "潍城区", "潍坊学院");
        TreeMap<String, String[]> names = new TreeMap<>();
        names.put("潍坊", new String[] {"潍坊市", "潍坊学院"});
        names.put("潍坊市", new String[] {"潍坊市"});
        names.put("寒亭", new String[] {"寒亭区"});
        byte[] written = CompileNames.compiled(out -> CompiledNames.write(names, places::indexOf, out));

        AhoCorasickDoubleArrayTrie<String[]> automaton = CompiledNames.read(new ByteArrayInputStream(written),
                places::get, String[]::new);

        List<String> found = new ArrayList<>();
        automaton.parseText("山东潍坊市寒亭区".toCharArray(),
                (start, end, named) -> found.add(start + "-" + end + " " + String.join(",", named)));
        assertThat(found).containsExactly("2-4 潍坊市,潍坊学院", "2-5 潍坊市", "5-7 寒亭区");
    }

    private static byte[] shipped(String resource) throws IOException {
        try (InputStream in = new GZIPInputStream(CompiledNames.class.getResourceAsStream(resource))) {
            return in.readAllBytes();
        }
    }
}
