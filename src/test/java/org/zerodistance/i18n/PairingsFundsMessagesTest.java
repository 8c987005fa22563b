package org.zerodistance.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zerodistance.domain.DonorKind;
import org.zerodistance.domain.FundKind;
import org.zerodistance.ui.funds.FundsViewModel;
import org.zerodistance.ui.pairings.PairingsViewModel;

/**
 * Every message key the pairings and funds code uses exists in Chinese and in English, including the keys it builds at
 * run time (which {@link BundlesTest} cannot see).
 */
class PairingsFundsMessagesTest {

    private static final String CHINESE = "/org/zerodistance/i18n/messages.properties";
    private static final String ENGLISH = "/org/zerodistance/i18n/messages_en.properties";
    private static final Pattern LITERAL = Pattern.compile(
            "\"((?:pairing|fund|help|visit|visitInterval|ui|form|nav|list|money|community|passbook)\\.[A-Za-z.]*[A-Za-z])\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z.]+)\"");
    private static final List<String> SOURCES = List.of(
            "src/main/java/org/zerodistance/ui/pairings", "src/main/java/org/zerodistance/ui/funds",
            "src/main/java/org/zerodistance/ui/common/DisplayConverters.java",
            "src/main/java/org/zerodistance/cli/PairingsCommand.java", "src/main/java/org/zerodistance/cli/FundsCommand.java",
            "src/main/java/org/zerodistance/service/PairingService.java", "src/main/java/org/zerodistance/service/FundService.java",
            "src/main/java/org/zerodistance/service/FundLedger.java", "src/main/java/org/zerodistance/domain",
            "src/main/resources/org/zerodistance/ui/pairings", "src/main/resources/org/zerodistance/ui/funds");

    @Test
    void everyKeyUsedIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : SOURCES) {
            try (Stream<Path> files = Files.walk(Path.of(source))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    Matcher m = (file.toString().endsWith(".fxml") ? FXML_KEY : LITERAL).matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // keys built at run time
        for (FundKind kind : FundKind.values()) {
            used.add("fund.kind." + kind.name());
        }
        for (DonorKind kind : DonorKind.values()) {
            used.add("fund.donor." + kind.name());
            used.add("fund.donorKind." + kind.name());
            used.add("fund.error.donor." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (PairingsViewModel.StatusFilter filter : PairingsViewModel.StatusFilter.values()) {
            used.add("pairing.filter." + filter.name().toLowerCase(Locale.ROOT));
        }
        for (FundsViewModel.KindFilter filter : FundsViewModel.KindFilter.values()) {
            used.add("fund.filter.kind." + filter.name().toLowerCase(Locale.ROOT));
        }
        for (String prefix : List.of("help.error.", "visit.error.")) {
            used.add(prefix + "beforeStart");
            used.add(prefix + "outsidePairing");
            used.add(prefix + "dateInFuture");
        }
        used.add("pairing.error.startInFuture");
        used.add("pairing.error.endInFuture");
        used.removeIf(key -> key.startsWith("ui.common") || key.startsWith("ui.pairings") || key.startsWith("ui.funds"));

        List<String> missing = new ArrayList<>();
        for (String file : List.of(CHINESE, ENGLISH)) {
            Properties bundle = load(file);
            for (String key : used) {
                if (!bundle.containsKey(key)) {
                    missing.add(file + ": " + key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
        assertTrue(used.size() > 150, "the scan found the keys (" + used.size() + ")");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = PairingsFundsMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void amountsAndIdsAreFormattedWithoutGrouping() {
        assertEquals("已记入台账：第 12345 号，1,234.50 元。", Messages.get(Language.CHINESE, "fund.saved", 12345L, "1,234.50"));
        assertEquals("The organisation's name is too long: at most 200 characters.",
                Messages.get(Language.ENGLISH, "fund.error.donorNameTooLong", 200));
    }
}
