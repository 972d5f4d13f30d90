package cn.silian.demo;

import cn.silian.people.DeputyDraft;
import cn.silian.people.DeputyService;
import cn.silian.people.Gender;
import cn.silian.people.Level;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SecondFactorService;
import cn.silian.security.SystemUser;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty database with the demo district: the figures of DESIGN.md (12 national,
 * 48 provincial, 123 city and 386 district seats, some people holding two; 536 street
 * representatives), and the demo accounts of the README, all with password {@code Silian@2026};
 * then its stations, topics, meetings and documents, and last its handling units, public opinions
 * and a year of suggestions.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "silian.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "Silian@2026";
    static final long SEED = 20_261_123L;
    static final String[] STREETS = {"城关街道", "东湖街道", "西溪街道", "南苑街道", "北山街道", "新华街道", "人民街道",
            "解放街道", "和平街道", "朝阳街道", "滨江街道", "文化街道", "高新街道"};
    private static final String[] COMMUNITIES = {"幸福", "花园", "春晖", "青年", "金桥", "银湖", "翠苑", "枫林", "桂花",
            "梅园", "锦绣", "丽水", "紫荆", "长青", "星光", "柳岸"};

    static final int NATIONAL = 12;
    static final int PROVINCIAL = 48;
    static final int CITY = 123;
    static final int DISTRICT = 386;
    static final int STREET_REPRESENTATIVES = 536;
    /** Provincial deputies who also sit in the city congress, and city deputies also in the district's. */
    static final int PROVINCIAL_ALSO_CITY = 5;
    static final int CITY_ALSO_DISTRICT = 30;
    private static final int CHUNK = 100;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final StreetService streets;
    private final DeputyService deputies;
    private final AccountService accounts;
    private final SecondFactorService secondFactor;
    private final TransactionTemplate transaction;
    private final DemoStations demoStations;
    private final DemoTopics demoTopics;
    private final DemoMeetings demoMeetings;
    private final DemoDocuments demoDocuments;
    private final DemoUnits demoUnits;
    private final DemoOpinions demoOpinions;
    private final DemoSuggestions demoSuggestions;
    private final DemoVoters demoVoters;
    private final DemoPoints demoPoints;
    private final DemoCampaigns demoCampaigns;
    private final DemoProjects demoProjects;
    private final DemoBallot demoBallot;
    private final DemoSupervision demoSupervision;

    DemoDataLoader(StreetService streets, DeputyService deputies, AccountService accounts,
                   PlatformTransactionManager transactionManager, DemoStations demoStations, DemoTopics demoTopics,
                   DemoMeetings demoMeetings, DemoDocuments demoDocuments, DemoUnits demoUnits,
                   DemoOpinions demoOpinions, DemoSuggestions demoSuggestions, DemoVoters demoVoters,
                   DemoPoints demoPoints, SecondFactorService secondFactor, DemoCampaigns demoCampaigns,
                   DemoProjects demoProjects, DemoBallot demoBallot, DemoSupervision demoSupervision) {
        this.demoCampaigns = demoCampaigns;
        this.demoProjects = demoProjects;
        this.demoBallot = demoBallot;
        this.demoSupervision = demoSupervision;
        this.secondFactor = secondFactor;
        this.demoUnits = demoUnits;
        this.demoOpinions = demoOpinions;
        this.demoSuggestions = demoSuggestions;
        this.demoMeetings = demoMeetings;
        this.demoDocuments = demoDocuments;
        this.demoStations = demoStations;
        this.demoVoters = demoVoters;
        this.demoPoints = demoPoints;
        this.demoTopics = demoTopics;
        this.streets = streets;
        this.deputies = deputies;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (!streets.all().isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            load();
            log.info("Demo data written in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
    }

    private void load() {
        List<StreetSummary> streetList = transaction.execute(status -> {
            List<StreetSummary> created = new ArrayList<>();
            for (int i = 0; i < STREETS.length; i++) {
                created.add(streets.create(String.format("S%02d", i + 1), STREETS[i], i + 1));
            }
            return created;
        });
        DemoPeople people = new DemoPeople(SEED);
        Map<Long, String[]> communities = new LinkedHashMap<>();
        for (StreetSummary s : streetList) {
            String[] names = new String[4];
            for (int i = 0; i < names.length; i++) {
                names[i] = COMMUNITIES[people.nextInt(COMMUNITIES.length)] + "社区";
            }
            communities.put(s.id(), names);
        }
        StreetSummary first = streetList.get(0);
        StreetSummary second = streetList.get(1);

        // Homes get their own random source, so that adding them changed nobody's name or seat.
        DemoHomes homes = new DemoHomes(streetList, communities, new java.util.Random(SEED + 3));

        // The two deputies behind the demo accounts come first, with fixed names.
        DeputyDraft demoDeputy = people.person("陈志强", Gender.MALE, Level.DISTRICT, 18, "第1选区", first.id(),
                communities.get(first.id())[0]);
        homes.locate(demoDeputy);
        long deputyId = transaction.execute(status -> deputies.create(demoDeputy));
        DeputyDraft demoNpc = people.person("刘海燕", Gender.FEMALE, Level.NATIONAL, 14, DemoPeople.PROVINCE + "代表团",
                second.id(), communities.get(second.id())[1]);
        homes.locate(demoNpc);
        long npcId = transaction.execute(status -> deputies.create(demoNpc));
        List<DeputyDraft> drafts = new ArrayList<>();

        for (int i = 1; i < NATIONAL; i++) {
            drafts.add(draft(people, streetList, communities, Level.NATIONAL, 14, DemoPeople.PROVINCE + "代表团", null));
        }
        for (int i = 0; i < PROVINCIAL; i++) {
            drafts.add(draft(people, streetList, communities, Level.PROVINCIAL, 14, DemoPeople.CITY + "代表团",
                    i < PROVINCIAL_ALSO_CITY ? Level.CITY : null));
        }
        for (int i = 0; i < CITY - PROVINCIAL_ALSO_CITY; i++) {
            drafts.add(draft(people, streetList, communities, Level.CITY, 17, DemoPeople.DISTRICT + "代表团",
                    i < CITY_ALSO_DISTRICT ? Level.DISTRICT : null));
        }
        for (int i = 1; i < DISTRICT - CITY_ALSO_DISTRICT; i++) {
            drafts.add(draft(people, streetList, communities, Level.DISTRICT, 18, null, null));
        }
        for (int i = 0; i < STREET_REPRESENTATIVES; i++) {
            StreetSummary street = streetList.get(i % streetList.size());
            String[] names = communities.get(street.id());
            drafts.add(people.person(Level.STREET, 3, street.name() + "议政代表会", street.id(),
                    names[people.nextInt(names.length)]));
        }
        // Some addresses were never geocoded: those people are placed by community alone.
        for (DeputyDraft d : drafts) {
            if (!homes.unknown()) {
                homes.locate(d);
            }
        }
        // Small transactions keep Hibernate's persistence context small; one big one is quadratic.
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            List<DeputyDraft> chunk = drafts.subList(from, Math.min(drafts.size(), from + CHUNK));
            transaction.executeWithoutResult(status -> chunk.forEach(deputies::create));
        }
        transaction.executeWithoutResult(status -> accounts(first, second, deputyId, npcId));
        demoStations.load(streetList, communities, deputyId, transaction, new java.util.Random(SEED + 1));
        long topicsStarted = System.nanoTime();
        demoTopics.load(transaction, deputyId, npcId);
        log.info("Demo topics written in {} ms", (System.nanoTime() - topicsStarted) / 1_000_000);
        demoMeetings.load(transaction, deputyId, npcId, new java.util.Random(SEED + 2));
        long documentsStarted = System.nanoTime();
        demoDocuments.load(transaction, deputyId);
        log.info("Demo documents written in {} ms", (System.nanoTime() - documentsStarted) / 1_000_000);
        long opinionsStarted = System.nanoTime();
        List<Long> units = demoUnits.load(transaction);
        DemoOpinions.Pool pool = demoOpinions.load(transaction, deputyId, units, new java.util.Random(SEED + 4));
        log.info("Demo opinions written in {} ms", (System.nanoTime() - opinionsStarted) / 1_000_000);
        long suggestionsStarted = System.nanoTime();
        demoSuggestions.load(transaction, deputyId, npcId, units, pool, new java.util.Random(SEED + 5));
        log.info("Demo suggestions written in {} ms", (System.nanoTime() - suggestionsStarted) / 1_000_000);
        demoVoters.load(transaction, deputyId);
        demoPoints.load(transaction, deputyId, npcId);
        long campaignsStarted = System.nanoTime();
        demoCampaigns.load(transaction, new java.util.Random(SEED + 7));
        log.info("Demo campaigns written in {} ms", (System.nanoTime() - campaignsStarted) / 1_000_000);
        demoProjects.loadCandidates(transaction, units, new java.util.Random(SEED + 6));
        demoBallot.load(transaction, deputyId, units, streetList.stream().map(StreetSummary::id).toList(),
                new java.util.Random(SEED + 6));
        long supervisionStarted = System.nanoTime();
        demoSupervision.load(transaction, deputyId, units, streetList.stream().map(StreetSummary::id).toList(),
                new java.util.Random(SEED + 9));
        log.info("Demo supervision written in {} ms", (System.nanoTime() - supervisionStarted) / 1_000_000);
    }

    private void accounts(StreetSummary first, StreetSummary second, long deputyId, long npcId) {

        account("admin", "系统管理员", Role.ADMIN, null, null);
        account("office", "代表工委 王敏", Role.OFFICE, null, null);
        account("street01", first.name() + "工委 李娜", Role.STREET_STAFF, first.id(), null);
        account("street02", second.name() + "工委 赵磊", Role.STREET_STAFF, second.id(), null);
        account("deputy", "陈志强", Role.DEPUTY, null, deputyId);
        account("npc", "刘海燕", Role.DEPUTY, null, npcId);
        // The README's published demo secret: anyone trying the demo can sign in as these two.
        secondFactor.enrolForDemo("admin");
        secondFactor.enrolForDemo("office");
    }

    private static DeputyDraft draft(DemoPeople people, List<StreetSummary> streetList, Map<Long, String[]> communities,
                        Level level, int term, String constituency, Level secondSeat) {
        StreetSummary street = streetList.get(people.nextInt(streetList.size()));
        String[] names = communities.get(street.id());
        DeputyDraft d = people.person(level, term, constituency != null ? constituency
                : "第" + (1 + people.nextInt(120)) + "选区", street.id(), names[people.nextInt(names.length)]);
        if (secondSeat == Level.CITY) {
            people.addSeat(d, Level.CITY, 17, DemoPeople.DISTRICT + "代表团");
        } else if (secondSeat == Level.DISTRICT) {
            people.addSeat(d, Level.DISTRICT, 18, "第" + (1 + people.nextInt(120)) + "选区");
        }
        return d;
    }

    private void account(String username, String displayName, Role role, Long streetId, Long deputyId) {
        accounts.create(new AccountDraft(username, displayName, role, streetId, deputyId, true), PASSWORD);
    }
}
