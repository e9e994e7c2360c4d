package com.flagmark.cli;

import com.flagmark.library.Library;
import com.flagmark.library.LibraryLocation;
import java.nio.file.Path;
import picocli.CommandLine.ParentCommand;

/** What every subcommand shares: the library the root command's {@code --library} names. */
abstract class LibraryOption {

    @ParentCommand
    Cli root;

    /** Opens the chosen library, or the default one. */
    Library openLibrary() {
        Path file = root.library != null ? root.library : LibraryLocation.defaultFile();
        return Library.open(file);
    }
}
