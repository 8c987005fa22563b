package org.zerodistance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.zerodistance.app.AppContext;
import org.zerodistance.app.AppPaths;
import org.zerodistance.app.UiShell;
import org.zerodistance.domain.Gender;
import org.zerodistance.domain.IdNumber;
import org.zerodistance.domain.Member;
import org.zerodistance.domain.MemberStatus;
import org.zerodistance.domain.VocabularyKind;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.service.Services;
import org.zerodistance.testutil.IdNumbers;

/**
 * Members screen with many members (default 100,000), on the real window headless (Monocle): time from opening the
 * section to the first rows in the table, to all rows loaded, and per search keystroke (filter + sort + table layout).
 * Not a unit test: run it with
 * {@code mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test
 * -Dexec.executable=java -Dexec.args="-Xmx1g -cp %classpath org.zerodistance.bench.MembersBenchmark 100000"}.
 */
public final class MembersBenchmark {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅文斌辉鹏丹宇浩凯健俊帆帅旭宁坤晨阳博文轩雨婷欣怡子涵思远海燕春梅冬梅晓东晓红雪梅金凤玉兰永强永刚国强国华德华";
    private static final String[] UNITS = {"市教育局", "市财政局", "区人民医院", "市第三中学", "国网供电公司", "市税务局", "区法院", "市自然资源局",
            "市公安局交警支队", "区卫健委", "市图书馆", "青海大学", "市中级人民法院", "市住建局", "区审计局", "中国银行西宁分行", "市第一人民医院",
            "区人社局", "市统计局", "区市场监管局"};

    private MembersBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the FX toolkit would keep the JVM alive
    }

    private static void run(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("zd-bench");
        System.setProperty("javafx.cachedir", folder.resolve("fx-cache").toString());
        AppPaths paths = new AppPaths(folder);
        long communityId;
        try (AppContext seeding = AppContext.lock(paths)) {
            Services services = seeding.openDatabase();
            seed(services, count);
            long id = services.communities().list(false).get(0).id();
            communityId = id;
            time("service: first 200 rows", () -> services.members().firstRows(id, true, 200).size());
            time("service: all rows", () -> services.members().list(id, true).size());
            time("service: all rows (again)", () -> services.members().list(id, true).size());
        }

        // The window on the closed database, as a clerk starts the program.
        AppContext context = AppContext.lock(paths);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Stage[] stage = new Stage[1];
        UiShell[] shell = new UiShell[1];
        long shown = System.nanoTime();
        onFx(() -> {
            stage[0] = new Stage();
            shell[0] = new UiShell(context, stage[0]);
            shell[0].show();
            return null;
        });
        waitFor(() -> !((ToggleButton) stage[0].getScene().lookup("#nav-members")).isDisabled(), 60_000);
        System.out.printf("UI: database open %d ms after the window showed%n", (System.nanoTime() - shown) / 1_000_000);
        // The window opens on the dashboard: the clerk clicks 党员管理 once it shows as clickable, that is after the
        // pulse that lays out the enabled button (and the dashboard with it), and the clock starts there (after a
        // further pause when -Dbench.settle=MS asks for one: the dashboard's own loading is then over).
        afterNextPulse(stage[0]);
        Thread.sleep(Long.getLong("bench.settle", 0));
        var threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        long openedCpu = threadBean.getThreadCpuTime(fxThread);
        long opened = System.nanoTime();
        onFx(() -> {
            ((ToggleButton) stage[0].getScene().lookup("#nav-members")).fire();
            return null;
        });
        // Shown: the rows are in the table and the pulse after that has laid them out.
        waitFor(() -> table(stage[0]) != null && !table(stage[0]).getItems().isEmpty(), 60_000);
        afterNextPulse(stage[0]);
        long firstRows = System.nanoTime();
        System.out.printf("UI: first rows shown %d ms after the Members screen opened (FX-thread CPU %d ms)%n",
                (firstRows - opened) / 1_000_000, (threadBean.getThreadCpuTime(fxThread) - openedCpu) / 1_000_000);
        waitFor(() -> table(stage[0]).getItems().size() >= count, 120_000);
        System.out.printf("UI: all %d rows in the list %d ms after the screen opened%n", table(stage[0]).getItems().size(),
                (System.nanoTime() - opened) / 1_000_000);
        Services services = context.services();

        String someone = services.members().firstRows(communityId, true, 1).get(0).idNumber();
        List<String> typing = new ArrayList<>();
        String tail = someone.substring(14);
        for (int i = 1; i <= 4; i++) {
            typing.add(tail.substring(0, i));
        }
        typing.addAll(List.of("", "张", "张伟", "", "市", "市教", "市教育", "", "法", "法律", "", "13", "138", ""));
        keystrokes(stage[0], typing, "warm-up");
        keystrokes(stage[0], typing, "name order");
        long sortStart = System.nanoTime();
        onFx(() -> {
            TableView<?> table = table(stage[0]);
            TableColumn<?, ?> workUnit = table.getColumns().get(4);
            @SuppressWarnings({"unchecked", "rawtypes"})
            List<TableColumn> order = (List) table.getSortOrder();
            order.add(workUnit);
            return null;
        });
        System.out.printf("UI: sorting 100,000 rows by work unit (header click) %d ms%n", (System.nanoTime() - sortStart) / 1_000_000);
        keystrokes(stage[0], typing, "sorted by work unit");

        onFx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w != stage[0] && w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane) {
                    System.out.println("A dialog is open: " + pane.getContentText());
                }
            }
            shell[0].close();
            stage[0].close();
            return null;
        });
        Platform.exit();
    }

    private static void keystrokes(Stage stage, List<String> texts, String label) throws Exception {
        long[] wall = new long[texts.size()];
        long[] cpu = new long[texts.size()];
        int[] rows = new int[texts.size()];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < texts.size(); i++) {
            int at = i;
            onFx(() -> {
                TextField search = (TextField) stage.getScene().lookup("#member-search");
                Parent root = stage.getScene().getRoot();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                search.setText(texts.get(at));
                root.applyCss();
                root.layout();
                wall[at] = System.nanoTime() - t0;
                cpu[at] = threads.getCurrentThreadCpuTime() - c0;
                rows[at] = table(stage).getItems().size();
                return null;
            });
            Thread.sleep(50);
        }
        System.out.printf("UI: keystroke (%s), %d keystrokes: wall median %.1f ms, max %.1f ms; FX-thread CPU median %.1f ms, max %.1f ms%n",
                label, texts.size(), median(wall), max(wall), median(cpu), max(cpu));
        for (int i = 0; i < texts.size(); i++) {
            System.out.printf("    \"%s\" -> %d rows in %.1f ms (CPU %.1f ms)%n", texts.get(i), rows[i], wall[i] / 1e6, cpu[i] / 1e6);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] values) {
        return Arrays.stream(values).max().orElse(0) / 1e6;
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(Stage stage) {
        return (TableView<Object>) stage.getScene().lookup("#member-table");
    }

    private static void seed(Services services, int count) {
        long t0 = System.nanoTime();
        long communityId = services.communities().add("城东社区").id();
        services.communities().add("城西社区");
        List<String> skills = services.vocabulary().list(VocabularyKind.SKILL);
        Random random = new Random(42);
        MemberRepository repository = new MemberRepository();
        int batch = 10_000;
        for (int from = 0; from < count; from += batch) {
            List<Member> members = new ArrayList<>(batch);
            for (int i = from; i < Math.min(count, from + batch); i++) {
                IdNumber id = IdNumber.parse(IdNumbers.valid(i));
                String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                        + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
                List<String> own = new ArrayList<>();
                for (int s = random.nextInt(4); s > 0; s--) {
                    String skill = skills.get(random.nextInt(skills.size()));
                    if (!own.contains(skill)) {
                        own.add(skill);
                    }
                }
                String phone = random.nextInt(10) == 0 ? null : "13" + String.format("%09d", random.nextInt(1_000_000_000));
                members.add(new Member(0, communityId, name, id.value(), id.gender() == Gender.MALE ? Gender.MALE : Gender.FEMALE, id.birthDate(),
                        phone, UNITS[random.nextInt(UNITS.length)], "第" + (1 + random.nextInt(30)) + "党支部", own,
                        LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)), MemberStatus.ACTIVE, null, null, false));
            }
            services.database().inTransactionDo(ctx -> repository.insertAll(ctx, members));
        }
        System.out.printf("seeded %d members in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void time(String label, Supplier<Integer> work) {
        long t0 = System.nanoTime();
        int n = work.get();
        System.out.printf("%s: %d rows in %d ms%n", label, n, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Returns once the window's next pulse has done its CSS and layout (what the renderer then paints). */
    private static void afterNextPulse(Stage stage) throws Exception {
        CountDownLatch pulsed = new CountDownLatch(1);
        onFx(() -> {
            javafx.scene.Scene scene = stage.getScene();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                pulsed.countDown();
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
            return null;
        });
        if (!pulsed.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse in 60 s");
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (onFx(condition)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("timed out");
    }
}
