package com.flagmark.nlp.figure;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure read: what is measured, the amount, when it held, and whether it is a target (力争,
 * 计划, 目标, 预计) rather than a result.
 *
 * @param indicator what the figure measures, as the text names it: 返岗率, 省外劳动力返金数量;
 *     empty where the text names nothing
 */
public record Figure(String indicator, Quantity quantity, Optional<AsOf> asOf, boolean target) {

    public Figure {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(asOf, "asOf");
    }
}
