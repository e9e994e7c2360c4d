package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void eachStepsScriptIsNamedForTheVersionItBringsTheFileTo() {
        List<String> scripts = Migrations.scripts();

        assertThat(scripts).hasSize(Migrations.latestVersion());
        IntStream.range(0, scripts.size()).forEach(step ->
                assertThat(scripts.get(step)).startsWith("V" + (step + 1) + "__"));
    }

    @Test
    void everyScriptInTheSchemaFolderIsAStep() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Migrations.scripts());
        }
    }
}
