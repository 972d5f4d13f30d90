package cn.silian.opinions;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.InvalidInputException;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.StationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public intake, called as anybody without an account would: nobody is signed in. */
@SilianSpringTest
@Transactional
@Tag("db")
class IntakeServiceTest {

    @Autowired IntakeService intake;
    @Autowired OpinionService opinionService;
    @Autowired OpinionRepository opinions;
    @Autowired OpinionLookupRepository lookups;
    @Autowired StationService stations;
    @Autowired AccountService accounts;
    @Autowired IntakeSettings settings;
    @Autowired cn.silian.notifications.NotificationService notifications;
    long station;

    @BeforeEach
    void setUp() {
        station = new OpinionsTestData(accounts).stationOf(stations, "street01");
        TestUsers.logout();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static IntakeDraft concern(String text) {
        return new IntakeDraft(text, ReceptionCategory.TRAFFIC, "东园社区", "王阿姨", "13812341234", "");
    }

    private void refusedAndNothingStored(Runnable submission, String key) {
        long before = opinions.count();
        assertThatThrownBy(submission::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey).contains(key));
        assertThat(opinions.count()).isEqualTo(before);
    }

    @Test
    void aVisitorsConcernBecomesAnOpinionOfTheStationsStreetWithAReceipt() {
        long unreadBefore = TestUsers.as(accounts, "street01", () -> notifications.count(true));
        long otherStreetBefore = TestUsers.as(accounts, "street02", () -> notifications.count(true));
        String code = intake.submit(station, concern("公交站台没有遮雨棚"), "203.0.113.7");
        // The street's staff are told at once; another street's are not.
        assertThat(TestUsers.as(accounts, "street01", () -> notifications.count(true))).isEqualTo(unreadBefore + 1);
        assertThat(TestUsers.as(accounts, "street02", () -> notifications.count(true))).isEqualTo(otherStreetBefore);
        TestUsers.logout();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");

        Opinion stored = opinions.findByReceiptCode(code).orElseThrow();
        assertThat(stored.source()).isEqualTo(OpinionSource.PUBLIC);
        assertThat(stored.stationId()).isEqualTo(station);
        // The address is kept only as a salted hash.
        assertThat(stored.clientHash()).hasSize(64).doesNotContain("203.0.113.7");

        // The street's staff find it in their triage list.
        long id = stored.getId();
        assertThat(TestUsers.as(accounts, "street01", () -> opinionService.page(
                new OpinionFilter(null, null, null, OpinionSource.PUBLIC, "遮雨棚", null, null), PageRequest.of(0, 10))
                .getContent())).extracting(OpinionRow::id).contains(id);
        assertThat(TestUsers.as(accounts, "street02", () -> opinionService.page(
                new OpinionFilter(null, null, null, OpinionSource.PUBLIC, "遮雨棚", null, null), PageRequest.of(0, 10))
                .getContent())).isEmpty();

        // The receipt shows the status and nothing else; typed in lower case with a dash it still matches.
        PublicStatus status = intake.status(code.substring(0, 5).toLowerCase() + "-" + code.substring(5), "198.51.100.1").orElseThrow();
        assertThat(status.statusKey()).isEqualTo("intake.status.received");
        assertThat(status.publicAnswer()).isNull();
        assertThat(status.toString()).doesNotContain("王阿姨", "1381234", "东园");
    }

    @Test
    void theStatusShowsThePublicAnswerOnceItIsClosed() {
        String code = intake.submit(station, concern("路灯不亮"), "203.0.113.8");
        long id = opinions.findByReceiptCode(code).orElseThrow().getId();
        TestUsers.as(accounts, "street01", () -> opinionService.resolveOnSpot(id, opinionService.get(id).version(),
                "联系王阿姨后派电工修复", "路灯已修复。"));
        TestUsers.logout();
        PublicStatus status = intake.status(code, "203.0.113.8").orElseThrow();
        assertThat(status.statusKey()).isEqualTo("intake.status.answered");
        assertThat(status.publicAnswer()).isEqualTo("路灯已修复。");
    }

    @Test
    void aMergedOneShowsTheStatusOfTheOneKept() {
        String code = intake.submit(station, concern("重复反映的积水"), "203.0.113.9");
        long dup = opinions.findByReceiptCode(code).orElseThrow().getId();
        long street = new OpinionsTestData(accounts).streetOf("street01");
        TestUsers.as(accounts, "street01", () -> {
            long kept = opinionService.record(OpinionSource.DIRECT, null, OpinionsTestData.draft("积水", street));
            opinionService.merge(dup, opinionService.get(dup).version(), kept);
            return opinionService.resolveOnSpot(kept, opinionService.get(kept).version(), "已疏通", "下水道已疏通。");
        });
        TestUsers.logout();
        assertThat(intake.status(code, "203.0.113.9").orElseThrow().publicAnswer()).isEqualTo("下水道已疏通。");
    }

    @Test
    void aGuessedCodeShowsNothing() {
        assertThat(intake.status("ABCDEFGHJK", "203.0.113.10")).isEmpty();
        assertThat(intake.status("not a code", "203.0.113.10")).isEmpty();
        assertThat(intake.status(null, "203.0.113.10")).isEmpty();
    }

    @Test
    void theHoneypotScriptsControlCharactersAndOversizedTextAreRefused() {
        refusedAndNothingStored(() -> intake.submit(station, new IntakeDraft("正常的内容", ReceptionCategory.OTHER, null,
                null, null, "http://spam.example"), "203.0.113.11"), "intake.error.refused");
        refusedAndNothingStored(() -> intake.submit(station, concern("<script>alert(1)</script>"), "203.0.113.11"),
                "intake.error.scripted");
        refusedAndNothingStored(() -> intake.submit(station, new IntakeDraft("内容", ReceptionCategory.OTHER, null,
                "<img src=x onerror=alert(1)>", null, null), "203.0.113.11"), "intake.error.scripted");
        refusedAndNothingStored(() -> intake.submit(station, concern("控制\u0007字符"), "203.0.113.11"), "validation.unsafe-text");
        refusedAndNothingStored(() -> intake.submit(station, concern("长".repeat(IntakeService.CONCERN_MAX + 1)), "203.0.113.11"),
                "validation.too-long");
        refusedAndNothingStored(() -> intake.submit(station, new IntakeDraft(" ", null, null, null, "123", null), "203.0.113.11"),
                "validation.required");
        // Line breaks are a concern's own.
        assertThat(intake.submit(station, concern("第一行\n第二行"), "203.0.113.11")).isNotBlank();
    }

    @Test
    void aFloodFromOneAddressIsRefusedAndStoresNothingWhileOthersGoThrough() {
        for (int i = 0; i < settings.perAddress(); i++) {
            intake.submit(station, concern("第 " + i + " 条"), "203.0.113.12");
        }
        refusedAndNothingStored(() -> intake.submit(station, concern("又一条"), "203.0.113.12"), "intake.error.too-many");
        assertThat(intake.submit(station, concern("别人的一条"), "203.0.113.13")).isNotBlank();
    }

    @Test
    void aStationTakesOnlySoManyMessagesFromEveryone() {
        // The demo data may have sent some to this station already: the limit counts them too.
        int already = Math.toIntExact(opinions.countPublicAtStationSince(station, java.time.Instant.now().minus(Duration.ofHours(1))));
        IntakeService small = new IntakeService(opinions, lookups, opinionService, stations,
                new IntakeSettings(100, Duration.ofHours(1), already + 2, Duration.ofHours(1), 20, Duration.ofMinutes(10), "x", ""));
        small.submit(station, concern("站点第一条"), "203.0.113.20");
        small.submit(station, concern("站点第二条"), "203.0.113.21");
        refusedAndNothingStored(() -> small.submit(station, concern("第三个人"), "203.0.113.99"), "intake.error.too-many");
    }

    @Test
    void lookUpsAreLimitedPerAddress() {
        for (int i = 0; i < settings.lookups(); i++) {
            assertThat(intake.status("ZZZZZZZZZ" + i, "203.0.113.30")).isEmpty();
        }
        assertThatThrownBy(() -> intake.status("ZZZZZZZZZZ", "203.0.113.30")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("intake.error.too-many-lookups"));
        assertThat(intake.status("ZZZZZZZZZZ", "203.0.113.31")).isEmpty();
    }

    @Test
    void aFormerOrUnknownStationTakesNothing() {
        assertThat(intake.station(987654321L)).isEmpty();
        assertThatThrownBy(() -> intake.submit(987654321L, concern("没有这个站"), "203.0.113.40"))
                .isInstanceOf(cn.silian.shared.NotFoundException.class);
    }

    @Test
    void receiptCodesAreReadAsTyped() {
        assertThat(ReceiptCodes.normalise(" abcd-efgh-jk ")).isEqualTo("ABCDEFGHJK");
        assertThat(ReceiptCodes.normalise("0O1IL23456")).isEqualTo("0011123456");
        assertThat(ReceiptCodes.normalise("ABCDEFGHJ")).isNull();
        assertThat(ReceiptCodes.normalise("ABCDEFGHJU")).isNull();
        assertThat(ReceiptCodes.normalise(ReceiptCodes.next())).hasSize(10);
    }
}
