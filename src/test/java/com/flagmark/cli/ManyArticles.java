package com.flagmark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A folder of many small, different articles made from the paragraphs of the sample articles. */
final class ManyArticles {

    private ManyArticles() {
    }

    /** Writes {@code count} articles, each a headline, a lead and five sample paragraphs, into {@code folder}. */
    static Path write(Path folder, int count) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds")).sorted()) {
            for (Path seed : seeds.toList()) {
                Files.readAllLines(seed).stream().filter(line -> line.length() > 30).forEach(paragraphs::add);
            }
        }
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("第" + i + "号通报：各地亮旗评比\n\n本报讯 第" + i + "次调度会召开。\n");
            for (int k = 0; k < 5; k++) {
                text.append('\n').append(paragraphs.get((i * 7 + k) % paragraphs.size())).append('\n');
            }
            Files.writeString(folder.resolve(String.format("%04d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return folder;
    }
}
