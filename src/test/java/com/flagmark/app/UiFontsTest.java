package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UiFontsTest {

    @Test
    void takesTheFirstWantedFamilyThatIsInstalled() {
        assertThat(UiFonts.firstInstalled(List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"),
                List.of("DejaVu Sans", "PingFang SC", "Microsoft YaHei"))).contains("Microsoft YaHei");
    }

    @Test
    void takesNothingWhenNoWantedFamilyIsInstalled() {
        assertThat(UiFonts.firstInstalled(List.of("Noto Sans CJK SC"), List.of("DejaVu Sans"))).isEmpty();
    }
}
