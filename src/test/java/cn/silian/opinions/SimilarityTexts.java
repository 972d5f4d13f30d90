package cn.silian.opinions;

/** Realistic suggestions for the similarity tests: one matter said twice in other words, and others beside it. */
final class SimilarityTexts {

    static final String ELEVATOR_TITLE = "关于加快推进老旧小区加装电梯工作的建议";
    static final String ELEVATOR_BODY = "我区老旧小区多建于上世纪八九十年代，多为六层以下住宅，没有电梯。"
            + "随着人口老龄化，高层住户中的老年人、残疾人上下楼十分困难。建议区住建局简化加装电梯审批流程，"
            + "加大财政补贴力度，由街道和社区牵头做好低层住户的协商工作，推动老旧小区加装电梯。";

    static final String REWORDED_TITLE = "为老小区增设电梯方便老人上下楼";
    static final String REWORDED_BODY = "不少老小区的居民楼建成已有三十多年，楼里没有电梯，住在五六楼的老人出门买菜、"
            + "看病都要爬楼梯，非常吃力。希望政府出台增设电梯的补贴办法，社区帮助协调一楼二楼住户的意见，"
            + "让老人上下楼更方便。";

    static final String PARKING_TITLE = "关于规范住宅小区停车收费的建议";
    static final String PARKING_BODY = "部分住宅小区物业公司擅自提高停车收费标准，业主意见很大。建议发改部门加强停车收费监管，"
            + "公开收费依据，规范物业服务企业的收费行为。";

    static final String MEALS_TITLE = "关于改善中小学校课后服务和学生午餐质量的建议";
    static final String MEALS_BODY = "一些学校的学生午餐由配餐公司统一配送，饭菜口味差、温度低，家长反映较多。"
            + "建议教育部门完善配餐企业准入和评价机制，推动有条件的学校建设食堂，丰富课后服务内容。";

    static final String RIVER_TITLE = "关于加强城区河道综合治理的建议";
    static final String RIVER_BODY = "城区部分河道淤积严重，夏季散发异味，两岸垃圾堆放，影响周边居民生活。"
            + "建议水务部门开展河道清淤，完善截污管网，落实河长制，建设沿河绿道。";

    static final String BUS_TITLE = "关于优化城郊公交线路的建议";
    static final String BUS_BODY = "城郊新建社区居民出行不便，公交车班次少、间隔长，早晚高峰乘车拥挤。"
            + "建议交通运输部门优化线路，增加班次，在新建社区附近增设公交站点。";

    static final String LIGHTS_TITLE = "关于老旧小区楼道照明改造的建议";
    static final String LIGHTS_BODY = "不少老旧小区楼道灯损坏后长期无人维修，居民夜间上下楼存在安全隐患。"
            + "建议街道统筹资金，对老旧小区楼道照明进行改造，更换声控节能灯。";

    /** key, title, body */
    static final String[][] EXISTING = {
            {"elevator", ELEVATOR_TITLE, ELEVATOR_BODY},
            {"parking-fees", PARKING_TITLE, PARKING_BODY},
            {"school-meals", MEALS_TITLE, MEALS_BODY},
            {"river", RIVER_TITLE, RIVER_BODY},
            {"bus", BUS_TITLE, BUS_BODY},
            {"stair-lights", LIGHTS_TITLE, LIGHTS_BODY},
    };

    private SimilarityTexts() {
    }
}
