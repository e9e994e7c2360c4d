package com.flagmark.usecase;

import com.flagmark.model.FlagmarkException;

/**
 * A filter or table a user asked for that cannot be made as asked: an unknown or ambiguous
 * region, regions of different levels together, a table without columns. The command line
 * answers it as refused input.
 */
public final class RefusedFilter extends FlagmarkException {

    private static final long serialVersionUID = 1L;

    RefusedFilter(String userMessage) {
        super(userMessage);
    }
}
