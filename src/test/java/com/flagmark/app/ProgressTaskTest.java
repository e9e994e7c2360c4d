package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.app.ProgressTask.Wording;
import org.junit.jupiter.api.Test;

/** How the progress window words the steps of long work, whatever the window's language. */
class ProgressTaskTest {

    @Test
    void anImportOfAnnotationsShowsTheWholeMegabytesOfTheFileRead() {
        String shown = Wording.megabytes("annotationImport.progress").of((3L << 20) + 5_000, 41L << 20);

        assertThat(shown).isEqualTo(Messages.get("annotationImport.progress", 3, 41));
    }

    @Test
    void anExportShowsItsStepsAsCounted() {
        String shown = Wording.counted("export.progress").of(120, 10_019);

        assertThat(shown).isEqualTo(Messages.get("export.progress", 120, 10_019));
    }
}
