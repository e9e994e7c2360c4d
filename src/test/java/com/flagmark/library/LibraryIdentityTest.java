package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each library's identity, from which its exports' GUIDs come. */
class LibraryIdentityTest {

    @TempDir
    Path folder;

    @Test
    void aLibraryKeepsItsIdentityFromOneOpeningToTheNext() {
        Path file = folder.resolve("library.sqlite");
        String first;
        try (Library library = Library.open(file)) {
            first = library.identity();
        }

        try (Library library = Library.open(file)) {
            assertThat(library.identity()).isEqualTo(first).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void twoLibrariesHaveDifferentIdentities() {
        try (Library one = Library.open(folder.resolve("one.sqlite"));
                Library other = Library.open(folder.resolve("other.sqlite"))) {
            assertThat(one.identity()).isNotEqualTo(other.identity());
        }
    }

    @Test
    void aLibraryFromBeforeIdentitiesGetsOneWhenOpened() throws SQLException {
        Path file = folder.resolve("old.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(connection, 2);
        }

        try (Library library = Library.open(file)) {
            assertThat(library.identity()).matches("[0-9a-f]{32}");
        }
    }
}
