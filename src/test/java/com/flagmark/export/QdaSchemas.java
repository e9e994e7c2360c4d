package com.flagmark.export;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/**
 * The two layers every exported REFI-QDA file is checked against: REFI's official QDA-XML 1.0
 * schemas ({@code ../shared/refi-qda/}, beside the repository), and Flagmark's own stricter
 * schema of what it writes (every GUID unique, every reference resolving). In CI
 * ({@code CI=true}) a missing official schema fails the test; elsewhere the official layer is
 * skipped, and the run says so once.
 */
public final class QdaSchemas {

    static final Path OFFICIAL = Path.of("../shared/refi-qda");
    static final Path OWN = Path.of("src/test/resources/refi-qda");

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private QdaSchemas() {
    }

    /** Validates a {@code project.qde} against both layers. */
    public static void checkProject(byte[] project) throws Exception {
        check(project, "Project.xsd");
    }

    /** Validates a {@code .qdc} codebook against both layers. */
    public static void checkCodebook(byte[] codebook) throws Exception {
        check(codebook, "Codebook.xsd");
    }

    /** Validates against the official schema alone; the test is skipped outside CI when it is missing. */
    static void checkOfficially(byte[] document, String schema) throws Exception {
        Optional<Path> official = official(schema);
        assumeTrue(official.isPresent(), "the official " + schema + " is not in " + OFFICIAL.toAbsolutePath().normalize());
        validate(document, official.get());
    }

    private static void check(byte[] document, String schema) throws Exception {
        validate(document, OWN.resolve(schema));
        Optional<Path> official = official(schema);
        if (official.isPresent()) {
            validate(document, official.get());
        }
    }

    private static Optional<Path> official(String schema) {
        Path file = OFFICIAL.resolve(schema);
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("The official REFI-QDA schema " + file.toAbsolutePath().normalize() + " is missing; in CI it must be there.");
        }
        if (TOLD.compareAndSet(false, true)) {
            System.err.println("The official REFI-QDA schemas are not in " + OFFICIAL.toAbsolutePath().normalize()
                    + ": exported files are checked against Flagmark's own schema only.");
        }
        return Optional.empty();
    }

    private static void validate(byte[] document, Path schema) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(document)));
    }
}
