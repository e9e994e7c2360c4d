package com.flagmark.usecase;

import com.flagmark.export.AtomicFile;
import com.flagmark.model.FlagmarkException;
import java.awt.image.RenderedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Saves a picture of a chart as PNG, whole or not at all. */
public final class PictureFiles {

    private PictureFiles() {
    }

    /**
     * Writes the image to {@code file} as PNG.
     *
     * @throws FlagmarkException if the file cannot be written; nothing is then written
     */
    public static void writePng(RenderedImage image, Path file) {
        AtomicFile.write(file, out -> ImageIO.write(image, "png", out));
    }
}
