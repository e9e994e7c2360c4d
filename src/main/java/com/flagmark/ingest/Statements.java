package com.flagmark.ingest;

import com.flagmark.model.Article;
import com.flagmark.model.Correction;
import com.flagmark.model.Correction.Origin;
import com.flagmark.model.MetadataField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user states of an imported file's articles, by the options of the import and by the
 * names of the file and its folders: the date and the paper of articles that do not give them.
 * They are stored as the user's statements, apart from what the cleaner read (see
 * {@link Correction}), so that reading the file again with a better cleaner keeps them. A date
 * the article gives is never replaced, and none is invented where nothing gives one.
 */
final class Statements {

    private final Path root;
    private final ImportOptions options;

    /** Creates the statements of an import of {@code root} with these options. */
    Statements(Path root, ImportOptions options) {
        this.root = root;
        this.options = options;
    }

    /**
     * Returns the path of a file found under the imported path relative to the folder imported,
     * as the import report shows it; a single file imported is shown by its name.
     */
    String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = file.equals(root) ? absolute.getParent() : root.toAbsolutePath().normalize();
        return (base == null ? absolute.getFileName() : base.relativize(absolute)).toString();
    }

    /** Returns what the user states of one article of {@code file}, found under the imported path. */
    List<Correction> of(Path file, Article article) {
        FileNames.Named named = FileNames.read(names(file));
        List<Correction> stated = new ArrayList<>();
        if (article.date().isEmpty()) {
            stated(MetadataField.DATE, named.date().map(LocalDate::toString), options.date().map(LocalDate::toString))
                    .ifPresent(stated::add);
        }
        if (article.source().isEmpty()) {
            stated(MetadataField.SOURCE, named.paper(), options.source()).ifPresent(stated::add);
        }
        return stated;
    }

    private static Optional<Correction> stated(MetadataField field, Optional<String> byName, Optional<String> byOption) {
        return byName.map(value -> new Correction(field, Optional.of(value), Origin.NAME))
                .or(() -> byOption.map(value -> new Correction(field, Optional.of(value), Origin.OPTION)));
    }

    /**
     * Returns the names from the imported folder down to the file, the file's without its
     * extension; for a single file imported, its folder's name and its own.
     */
    private List<String> names(Path file) {
        List<String> names = new ArrayList<>();
        Path absolute = file.toAbsolutePath().normalize();
        Path base = file.equals(root) ? absolute.getParent() : root.toAbsolutePath().normalize();
        if (base != null && base.getFileName() != null) {
            names.add(base.getFileName().toString());
        }
        Path relative = base == null ? absolute.getFileName() : base.relativize(absolute);
        for (Path part : relative) {
            names.add(part.toString());
        }
        String last = names.remove(names.size() - 1);
        int dot = last.lastIndexOf('.');
        names.add(dot > 0 ? last.substring(0, dot) : last);
        return names;
    }
}
