package com.flagmark.usecase;

import com.flagmark.library.Passage;
import com.flagmark.library.PassageOrder;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import com.flagmark.nlp.region.Gazetteer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every coded passage that passes a filter, in any order: first the ordered ids of them all (one
 * query, a few bytes each), then the passages of a page at a time with their context (KWIC) and
 * their articles' title, date and source, so a table of 200,000 passages shows its first rows at
 * once and reads the rest as they scroll into view.
 */
public final class Passages {

    private final LibrarySession session;

    public Passages(LibrarySession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Returns the ids of the passages that pass the filter, in this order; ties go by article
     * date, article and position.
     *
     * @throws FlagmarkException if a code or region of the filter is unknown
     */
    public List<Long> find(PassageFilter filter, PassageOrder order, boolean descending) {
        Criteria criteria = new Criteria(session, new Regions(Gazetteer.shared()));
        return session.analysis().ids(criteria.of(filter), order, descending, codeRank(criteria));
    }

    /**
     * Returns the first {@code size} passages that pass the filter, in the order {@link #find}
     * lists them, without listing them all: what a view shows before it knows how many there are.
     *
     * @throws FlagmarkException if a code or region of the filter is unknown
     */
    public List<Passage> firstPage(PassageFilter filter, PassageOrder order, boolean descending, int size) {
        Criteria criteria = new Criteria(session, new Regions(Gazetteer.shared()));
        return load(session.analysis().firstIds(criteria.of(filter), order, descending, codeRank(criteria), size));
    }

    /** Returns how many passages pass the filter. */
    public int count(PassageFilter filter) {
        return session.analysis().count(new Criteria(session, new Regions(Gazetteer.shared())).of(filter));
    }

    /** Returns the passages with these ids, in the order given; those deleted since are left out. */
    public List<Passage> load(List<Long> ids) {
        return session.analysis().passages(ids);
    }

    /** Each code's place in the codebook, for ordering passages by their codes. */
    private static Map<Long, Integer> codeRank(Criteria criteria) {
        Map<Long, Integer> rank = new HashMap<>();
        List<Code> codes = criteria.codebook().all();
        for (int i = 0; i < codes.size(); i++) {
            rank.put(codes.get(i).id(), i);
        }
        return rank;
    }
}
