package com.flagmark.usecase;

import com.flagmark.annotate.Reanchoring;
import com.flagmark.library.ArticleRewrites.Place;
import com.flagmark.library.ArticleRewrites.Rewrite;
import com.flagmark.library.ArticleRewrites.Version;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A re-cleaning as one change: undoing it writes every file's articles back as they were, redoing
 * it writes them as the re-cleaning left them, each file in a transaction of its own. Annotations
 * keep the place each version gave them; one made or moved since is found again in the text
 * written back by its quote and context, and flagged orphaned if that text does not hold it.
 */
final class RecleanChange implements Change {

    /** One file's articles before and after the re-cleaning. */
    record FileChange(Rewrite before, Rewrite after) {
    }

    private final Library library;
    private final TextChanges hooks;
    private final List<FileChange> files;
    private final int articles;

    RecleanChange(Library library, TextChanges hooks, List<FileChange> files, int articles) {
        this.library = library;
        this.hooks = hooks;
        this.files = List.copyOf(files);
        this.articles = articles;
    }

    @Override
    public String action() {
        return "reclean";
    }

    @Override
    public String subject() {
        return String.valueOf(articles);
    }

    @Override
    public void apply() {
        files.forEach(file -> write(file.after(), file.before()));
    }

    @Override
    public void revert() {
        for (int i = files.size() - 1; i >= 0; i--) {
            write(files.get(i).before(), files.get(i).after());
        }
    }

    private void write(Rewrite target, Rewrite current) {
        List<Version> versions = target.articles().stream().map(this::withTodaysAnnotations).toList();
        library.rewrites().rewrite(new Rewrite(target.fileId(), versions, target.removed()));
        Map<Long, String> texts = current.articles().stream()
                .collect(Collectors.toMap(Version::id, version -> version.article().text()));
        for (Version version : versions) {
            if (!version.article().text().equals(texts.get(version.id()))) {
                hooks.textChanged(version.id());
            }
        }
    }

    /**
     * The version with a place for every annotation its article has now: the one recorded where
     * there is one, else the annotation found again by its quote in the version's text.
     */
    private Version withTodaysAnnotations(Version version) {
        Map<Long, Place> recorded = version.places().stream()
                .collect(Collectors.toMap(Place::annotationId, Function.identity()));
        List<Place> places = new ArrayList<>();
        for (Annotation annotation : library.annotations().of(version.id())) {
            Place place = recorded.get(annotation.id());
            if (place == null) {
                Optional<Anchor> found = Reanchoring.find(annotation.anchor(), version.article().text());
                place = new Place(annotation.id(), found.orElse(annotation.anchor()), found.isEmpty());
            }
            places.add(place);
        }
        return new Version(version.id(), version.article(), version.fingerprint(), version.cleaner(), places);
    }
}
