package cn.silian.demo;

import cn.silian.people.DeputyDraft;
import cn.silian.people.DeputyStatus;
import cn.silian.people.Expertise;
import cn.silian.people.Gender;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates realistic people from a seeded random source: the same seed gives the same people,
 * so demo data, screenshots and tests agree every time.
 */
final class DemoPeople {

    /** Common surnames, most frequent first; earlier ones are drawn more often. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String MALE_GIVEN = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋斌成康志国建文海东亮晨阳峰睿哲翔博";
    private static final String FEMALE_GIVEN = "芳娜敏静丽艳娟霞秀英慧巧美玲婷雪琳颖琴云莉萍红梅燕倩欣瑶晶月璐佳悦蕾蓉薇媛雯洁";

    static final String PROVINCE = "江南省";
    static final String CITY = "临江市";
    static final String DISTRICT = "城西区";

    private static final Map<Expertise, List<String[]>> JOBS = Map.ofEntries(
            Map.entry(Expertise.EDUCATION, List.of(
                    new String[]{DISTRICT + "第一中学", "校长"}, new String[]{DISTRICT + "实验小学", "教师"},
                    new String[]{CITY + "师范学院", "教授"}, new String[]{DISTRICT + "教育发展研究中心", "主任"},
                    new String[]{DISTRICT + "第二幼儿园", "园长"})),
            Map.entry(Expertise.HEALTH, List.of(
                    new String[]{DISTRICT + "人民医院", "主任医师"}, new String[]{DISTRICT + "中医院", "副院长"},
                    new String[]{CITY + "妇幼保健院", "护士长"}, new String[]{"社区卫生服务中心", "主任"})),
            Map.entry(Expertise.LAW, List.of(
                    new String[]{"明正律师事务所", "律师"}, new String[]{"天衡律师事务所", "合伙人"},
                    new String[]{DISTRICT + "公共法律服务中心", "调解员"})),
            Map.entry(Expertise.ECONOMY, List.of(
                    new String[]{"临江商贸集团有限公司", "董事长"}, new String[]{"城西产业园管理委员会", "副主任"},
                    new String[]{"江南物流股份有限公司", "总经理"}, new String[]{DISTRICT + "个体劳动者协会", "会长"})),
            Map.entry(Expertise.FINANCE, List.of(
                    new String[]{"临江农村商业银行城西支行", "行长"}, new String[]{"江南证券营业部", "经理"},
                    new String[]{"会计师事务所", "注册会计师"})),
            Map.entry(Expertise.URBAN_PLANNING, List.of(
                    new String[]{CITY + "规划设计研究院", "高级工程师"}, new String[]{"城建集团有限公司", "项目经理"},
                    new String[]{"建筑设计事务所", "总建筑师"})),
            Map.entry(Expertise.ENVIRONMENT, List.of(
                    new String[]{DISTRICT + "生态环境监测站", "站长"}, new String[]{"绿源环保科技有限公司", "技术总监"},
                    new String[]{"水务集团有限公司", "工程师"})),
            Map.entry(Expertise.TECHNOLOGY, List.of(
                    new String[]{"云帆信息技术有限公司", "首席技术官"}, new String[]{"智联电子科技有限公司", "研发经理"},
                    new String[]{CITY + "科技创新服务中心", "主任"})),
            Map.entry(Expertise.AGRICULTURE, List.of(
                    new String[]{"绿野果蔬专业合作社", "理事长"}, new String[]{DISTRICT + "农业技术推广站", "农艺师"},
                    new String[]{"禾丰农业发展有限公司", "总经理"})),
            Map.entry(Expertise.CULTURE, List.of(
                    new String[]{DISTRICT + "文化馆", "馆长"}, new String[]{DISTRICT + "融媒体中心", "记者"},
                    new String[]{"非遗传承工作室", "传承人"})),
            Map.entry(Expertise.SOCIAL_WORK, List.of(
                    new String[]{"社区居民委员会", "主任"}, new String[]{"社区党委", "书记"},
                    new String[]{"阳光社会工作服务中心", "社工"})),
            Map.entry(Expertise.TRANSPORT, List.of(
                    new String[]{"公交集团城西分公司", "驾驶员"}, new String[]{DISTRICT + "交通运输局", "科长"})),
            Map.entry(Expertise.SAFETY, List.of(
                    new String[]{"公安分局派出所", "民警"}, new String[]{DISTRICT + "应急管理局", "科员"},
                    new String[]{"消防救援站", "站长"})),
            Map.entry(Expertise.ELDERLY_CARE, List.of(
                    new String[]{"颐康养老服务中心", "院长"}, new String[]{"居家养老服务站", "负责人"})));

    private final Random random;

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    /** One person with one seat; {@code streetId} and {@code community} given by the caller. */
    DeputyDraft person(Level level, int term, String constituency, Long streetId, String community) {
        Gender gender = random.nextInt(100) < 62 ? Gender.MALE : Gender.FEMALE;
        return person(name(gender), gender, level, term, constituency, streetId, community);
    }

    DeputyDraft person(String name, Gender gender, Level level, int term, String constituency, Long streetId,
                       String community) {
        DeputyDraft d = new DeputyDraft();
        d.setName(name);
        d.setGender(gender);
        d.setBirthYear(1960 + random.nextInt(40));
        Expertise main = Expertise.values()[random.nextInt(Expertise.values().length)];
        EnumSet<Expertise> expertise = EnumSet.of(main);
        if (random.nextInt(100) < 45) {
            expertise.add(Expertise.values()[random.nextInt(Expertise.values().length)]);
        }
        d.setExpertise(expertise);
        List<String[]> jobs = JOBS.get(main);
        String[] job = jobs.get(random.nextInt(jobs.size()));
        d.setEmployer(job[0]);
        d.setPost(job[1]);
        d.setStreetId(streetId);
        d.setCommunity(community);
        d.setPhone("1" + "3578".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000)));
        d.setStatus(random.nextInt(200) == 0 ? DeputyStatus.SUSPENDED : DeputyStatus.ACTIVE);
        d.setSeats(new ArrayList<>(List.of(new SeatInfo(level, term, constituency))));
        return d;
    }

    void addSeat(DeputyDraft d, Level level, int term, String constituency) {
        List<SeatInfo> seats = new ArrayList<>(d.getSeats());
        seats.add(new SeatInfo(level, term, constituency));
        d.setSeats(seats);
    }

    String name(Gender gender) {
        // Squaring skews the draw towards the common surnames at the front.
        double r = random.nextDouble();
        char surname = SURNAMES.charAt((int) (r * r * SURNAMES.length()));
        String pool = gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
        StringBuilder name = new StringBuilder().append(surname).append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(100) < 60) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
