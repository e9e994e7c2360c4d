package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeDropTest {

    private final Codebook codebook = new Codebook(List.of(code(1, null, 0), code(2, 1L, 0), code(3, 1L, 1), code(4, 1L, 2),
            code(5, null, 1), code(6, 5L, 0)));

    @Test
    void dropsBeforeOrAfterOnTheEdgesOfARow() {
        assertThat(CodeDrop.target(codebook, find(4), find(2), 0.1)).contains(new CodeDrop.Target(Optional.of(1L), 0));
        assertThat(CodeDrop.target(codebook, find(2), find(4), 0.9)).contains(new CodeDrop.Target(Optional.of(1L), 2));
        assertThat(CodeDrop.target(codebook, find(6), find(3), 0.9)).contains(new CodeDrop.Target(Optional.of(1L), 2));
    }

    @Test
    void dropsAsTheLastChildInTheMiddleOfARow() {
        assertThat(CodeDrop.target(codebook, find(2), find(5), 0.5)).contains(new CodeDrop.Target(Optional.of(5L), 1));
        assertThat(CodeDrop.target(codebook, find(6), find(1), 0.5)).contains(new CodeDrop.Target(Optional.of(1L), 3));
    }

    @Test
    void neverDropsACodeOnItselfOrBelowItself() {
        assertThat(CodeDrop.target(codebook, find(1), find(3), 0.5)).isEmpty();
        assertThat(CodeDrop.target(codebook, find(1), find(1), 0.1)).isEmpty();
    }

    private Code find(long id) {
        return codebook.find(id).orElseThrow();
    }

    private static Code code(long id, Long parent, int position) {
        return new Code(id, Optional.ofNullable(parent), "码" + id, "code " + id, "#336699", Optional.empty(), "", true,
                List.of(), List.of(), position);
    }
}
