package com.flagmark.export;

import java.util.List;

/**
 * What a code's name from a file may be: a name in a path such as {@code 措施/亮旗评比}, so not
 * {@code .} or {@code ..}, without control characters (NUL among them), and not longer than
 * the limit; and how deep a path may go.
 */
final class CodeNames {

    private CodeNames() {
    }

    /**
     * Returns the refusal of a name, or null when it can be a code's name.
     *
     * @param where where the file gives it, such as {@code line 12}
     */
    static RefusedFile refusal(String name, ImportLimits limits, String fileName, String where) {
        if (name.equals(".") || name.equals("..")) {
            return refused(fileName, "a code named '" + name + "'", where);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return refused(fileName, "a code whose name holds control characters", where);
        }
        if (name.length() > limits.mostNameLength()) {
            return refused(fileName, "a code whose name is longer than " + limits.mostNameLength() + " characters", where);
        }
        return null;
    }

    /**
     * Checks a code's path: each name, and its depth.
     *
     * @throws RefusedFile if a name cannot be a code's, or the path is deeper than the limit
     */
    static void check(List<String> path, ImportLimits limits, String fileName, String where) {
        if (path.size() > limits.mostCodeDepth()) {
            throw refused(fileName, "codes nested more than " + limits.mostCodeDepth() + " levels deep", where);
        }
        for (String name : path) {
            RefusedFile refusal = refusal(name, limits, fileName, where);
            if (refusal != null) {
                throw refusal;
            }
        }
    }

    private static RefusedFile refused(String fileName, String what, String where) {
        return new RefusedFile(fileName + " holds " + what + " (" + where + "); nothing was imported.");
    }
}
