package com.flagmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The run the build records the class-data sharing archive from (the launcher starts with it):
 * it loads the classes named in a list, those the desktop window loads to show its list and its
 * reader, and then runs a command, the import of the sample articles. The build has no display
 * to open the window on, and classes in the archive are mapped at start instead of being read
 * and verified again: for the window's several thousand JavaFX classes that is most of a second
 * of CPU on two cores. A class named in the list that no longer exists is passed over.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    /** Arguments: the list of class names, one a line, then the command line to run. */
    public static void main(String[] args) throws IOException {
        ClassLoader loader = ClassDataTraining.class.getClassLoader();
        for (String name : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            load(name.strip(), loader);
        }
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }

    private static void load(String name, ClassLoader loader) {
        if (name.isEmpty()) {
            return;
        }
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError renamedSince) {
            // The list is recorded now and then; a class renamed since costs only its absence from the archive.
        }
    }
}
