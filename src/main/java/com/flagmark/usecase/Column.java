package com.flagmark.usecase;

import com.flagmark.model.Code;
import java.util.Objects;

/** A column of a table: a code, counting its passages and those of every code below it. */
public record Column(Code code, String path) {

    public Column {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
    }
}
