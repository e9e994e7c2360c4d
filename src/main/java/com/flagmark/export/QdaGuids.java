package com.flagmark.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The GUIDs of one library's REFI-QDA exports: name-based UUIDs of the library's identity and
 * the thing's id ({@code code:12}, {@code annotation:40}), so the same library exports the same
 * GUIDs every time and two libraries never give the same GUID to different things, even where
 * their ids agree. A source's GUID comes from its article's fingerprint.
 */
public final class QdaGuids {

    private final String identity;

    /** @param identity the library's identity ({@code Library.identity()}) */
    public QdaGuids(String identity) {
        this.identity = identity;
    }

    /** Returns the GUID of a code. */
    public String code(long codeId) {
        return guid("code:" + codeId);
    }

    /** Returns the GUID of an annotation's selection. */
    public String selection(long annotationId) {
        return guid("annotation:" + annotationId);
    }

    /** Returns the GUID of the coding of an annotation with one of its codes. */
    public String coding(long annotationId, long codeId) {
        return guid("coding:" + annotationId + ":" + codeId);
    }

    /** Returns the GUID of an annotation's note. */
    public String note(long annotationId) {
        return guid("note:" + annotationId);
    }

    /** Returns the GUID of the selection inside an annotation's note that points at the passage. */
    public String noteSelection(long annotationId) {
        return guid("note-selection:" + annotationId);
    }

    /** Returns the GUID of the source holding the article with this fingerprint. */
    public String source(String fingerprint) {
        return guid("article:" + fingerprint);
    }

    /** Returns the GUID of a coder, by name. */
    public String user(String coder) {
        return guid("user:" + coder);
    }

    /** Returns the GUID of one of the source variables ({@link RefiQda#VARIABLES}). */
    public String variable(String variable) {
        return guid("variable:" + variable);
    }

    private String guid(String name) {
        return UUID.nameUUIDFromBytes(("flagmark:" + identity + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
