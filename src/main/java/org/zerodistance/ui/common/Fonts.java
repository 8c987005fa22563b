package org.zerodistance.ui.common;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * Picks an installed font that has Chinese glyphs. JavaFX's Linux fallback only takes TrueType fonts, so without
 * naming one explicitly, Chinese shows as boxes where only CFF fonts such as Noto CJK are installed.
 */
public final class Fonts {

    private static final List<String> CJK_FAMILIES = List.of(
            "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
            "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "SimSun");

    private static String chosen;

    private Fonts() {
    }

    /** The first installed CJK family, or null when none of the known ones is installed. */
    public static synchronized String cjkFamily() {
        if (chosen == null) {
            Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            installed.addAll(Font.getFamilies());
            chosen = CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse("");
        }
        return chosen.isEmpty() ? null : chosen;
    }

    /** A style for a root node that makes its text use the CJK family. */
    public static String rootStyle() {
        String family = cjkFamily();
        return family == null ? "" : "-fx-font-family: '" + family + "';";
    }
}
