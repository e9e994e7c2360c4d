package com.flagmark.nlp.region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles the gazetteer's name automata into the resources the region finder reads, after the
 * gazetteer changed: {@code scripts/gazetteer/compile-names.sh} runs it on the folder of the
 * resources. Each file is written beside itself first and moved into place whole.
 */
public final class CompileNames {

    private CompileNames() {
    }

    /** Writes both resources into the folder named by the one argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompileNames RESOURCE-FOLDER");
        }
        Path folder = Path.of(args[0]);
        Gazetteer gazetteer = Gazetteer.shared();
        write(folder.resolve(PlaceIndex.RESOURCE), out -> PlaceIndex.compile(gazetteer, out));
        write(folder.resolve(ContextForms.RESOURCE), out -> ContextForms.compile(gazetteer, out));
    }

    /** Returns what {@code compiler} writes, not compressed: the resource's content. */
    static byte[] compiled(Compiler compiler) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        compiler.compile(out);
        return out.toByteArray();
    }

    private static void write(Path file, Compiler compiler) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            out.write(compiled(compiler));
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(file + ": " + Files.size(file) + " bytes");
    }

    /** Writes one compiled resource. */
    @FunctionalInterface
    interface Compiler {
        void compile(OutputStream out) throws IOException;
    }
}
