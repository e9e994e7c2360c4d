package com.flagmark.nlp.region;

import com.flagmark.model.FlagmarkException;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPInputStream;

/**
 * An Aho–Corasick automaton of names, with the divisions each name stands for, compiled from the
 * gazetteer into a resource of the jar ({@code scripts/gazetteer/compile-names.sh}) and read
 * back into arrays of their exact size. Built when the suggestions warmed up, each automaton
 * went through HanLP's builder: arrays of 18 MB and more and a tree of objects per character,
 * too large for the desktop app's young generation, so left in the old one as garbage until a
 * full collection. A division is written as its position in the gazetteer, so a resource holds
 * only for the gazetteer it was compiled from; a test compiles it again and compares.
 *
 * <p>The resource is a Java object stream of int arrays only: where each name's divisions start,
 * the divisions, then the automaton as HanLP writes it. Reading it accepts nothing else.
 */
final class CompiledNames {

    private static final ObjectInputFilter INT_ARRAYS_ONLY = ObjectInputFilter.Config.createFilter("[I;[[I;!*");

    private CompiledNames() {
    }

    /** Returns where each division of {@code gazetteer} stands in it, the int a resource writes for it. */
    static Map<Division, Integer> positions(Gazetteer gazetteer) {
        Map<Division, Integer> positions = new HashMap<>();
        for (Division division : gazetteer.divisions()) {
            positions.put(division, positions.size());
        }
        return positions;
    }

    /**
     * Compiles {@code names} into {@code out} (left open), each division written as the int that
     * {@code encode} gives it.
     */
    static <T> void write(TreeMap<String, T[]> names, ToIntFunction<T> encode, OutputStream out)
            throws IOException {
        int[] starts = new int[names.size() + 1];
        List<Integer> entries = new ArrayList<>();
        int name = 0;
        for (T[] places : names.values()) {
            for (T place : places) {
                entries.add(encode.applyAsInt(place));
            }
            starts[++name] = entries.size();
        }
        AhoCorasickDoubleArrayTrie<T[]> automaton = new AhoCorasickDoubleArrayTrie<>();
        automaton.build(names);
        ObjectOutputStream objects = new ObjectOutputStream(out);
        objects.writeObject(starts);
        objects.writeObject(entries.stream().mapToInt(Integer::intValue).toArray());
        automaton.save(objects);
        objects.flush();
    }

    /**
     * Reads the gzipped resource {@code resource} beside this class, each division made again
     * from its int by {@code decode}; {@code arrays} makes the array of one name's divisions.
     */
    static <T> AhoCorasickDoubleArrayTrie<T[]> read(String resource, IntFunction<T> decode, IntFunction<T[]> arrays) {
        try (InputStream in = CompiledNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            return read(new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16), decode, arrays);
        } catch (IOException | ClassNotFoundException | RuntimeException broken) {
            throw new FlagmarkException("Flagmark's index of Chinese place names could not be read, so regions "
                    + "cannot be found. Reinstalling Flagmark should bring it back.", broken);
        }
    }

    /** Reads what {@link #write} wrote, from {@code in} (left open). */
    static <T> AhoCorasickDoubleArrayTrie<T[]> read(InputStream in, IntFunction<T> decode, IntFunction<T[]> arrays)
            throws IOException, ClassNotFoundException {
        ObjectInputStream objects = new ObjectInputStream(in);
        objects.setObjectInputFilter(INT_ARRAYS_ONLY);
        int[] starts = (int[]) objects.readObject();
        int[] entries = (int[]) objects.readObject();
        @SuppressWarnings("unchecked")
        T[][] values = (T[][]) Array.newInstance(arrays.apply(0).getClass(), starts.length - 1);
        for (int name = 0; name < values.length; name++) {
            T[] places = arrays.apply(starts[name + 1] - starts[name]);
            for (int place = 0; place < places.length; place++) {
                places[place] = decode.apply(entries[starts[name] + place]);
            }
            values[name] = places;
        }
        AhoCorasickDoubleArrayTrie<T[]> automaton = new AhoCorasickDoubleArrayTrie<>();
        automaton.load(objects, values);
        return automaton;
    }
}
