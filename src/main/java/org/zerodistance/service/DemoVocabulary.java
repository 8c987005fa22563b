package org.zerodistance.service;

import java.util.List;

/**
 * Words the demo data is made of: Chinese names, places, work units and the texts of wishes, visits and activities.
 * Demo data is Chinese whatever the interface language, as a community office's records are.
 */
final class DemoVocabulary {

    static final String OPERATOR = "演示数据";

    /** Common surnames, the most frequent first (they are drawn with a bias towards the start). */
    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
            "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
            "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
            "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯");

    static final List<String> GIVEN_MALE = List.of(
            "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "斌", "宇",
            "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "建国", "志强", "海峰", "文博", "子轩", "晓东", "国庆",
            "建华", "振华", "永刚", "立新", "德明", "天佑", "浩然", "俊杰", "家豪", "明辉", "卫东", "红军", "少华");

    static final List<String> GIVEN_FEMALE = List.of(
            "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "莉", "萍", "红", "琳", "颖", "倩", "洁",
            "秀英", "桂英", "秀兰", "玉兰", "淑珍", "丽娟", "晓燕", "海燕", "雅婷", "欣怡", "梦琪", "佳怡", "雨涵", "思琪",
            "春梅", "冬梅", "金凤", "美玲", "晓红", "丽华");

    /** Given names of older residents (heads of households in need). */
    static final List<String> GIVEN_ELDER = List.of(
            "秀英", "桂兰", "玉珍", "凤英", "淑华", "德福", "长顺", "有才", "桂芝", "明德", "玉梅", "宝山", "春生", "金花",
            "福林", "永福", "翠兰", "凤兰", "志国", "树林", "守仁", "淑兰", "兰英", "保国", "广才");

    static final List<String> PLACE_FIRST = List.of("东", "西", "南", "北", "中", "新", "康", "和", "长", "青", "光", "文");
    static final List<String> PLACE_SECOND = List.of("湖", "山", "河", "桥", "街", "园", "苑", "坊", "关", "庄", "门", "岭");

    /** Region codes of Xining (青海西宁) districts and counties. */
    static final List<String> REGIONS = List.of("630102", "630103", "630104", "630105", "630106", "630121", "630123");

    static final List<String> WORK_UNITS = List.of(
            "市教育局", "区人民医院", "市税务局", "国网供电公司", "区人民法院", "市自然资源局", "区财政局", "市第一中学",
            "市公安局", "区卫生健康局", "市中医院", "市人社局", "区民政局", "市交通运输局", "建设银行市分行", "市图书馆",
            "区市场监管局", "市住建局", "邮政分公司", "市文旅局");

    static final List<String> MOBILE_PREFIXES = List.of(
            "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158", "159",
            "177", "180", "181", "183", "186", "187", "188", "189", "198", "199");

    static final String LANDLINE_AREA = "0971";

    static final List<String> SKILLS = List.of(
            "法律咨询", "水电维修", "家电维修", "家庭教育", "心理疏导", "医疗保健", "文体活动", "政策宣讲", "电脑维修", "助老服务");

    static final List<String> HOUSEHOLD_CATEGORIES = List.of("空巢老人", "独居老人", "留守儿童", "困难家庭", "残疾人", "其他");

    static final List<String> TEAM_SPECIALTIES = List.of("电器维修", "家庭教育咨询", "法律服务", "文艺", "助老");

    static final List<String> POST_CATEGORIES = List.of(
            "思想道德教育", "民事调解", "公共设施维护", "创业扶持", "就业协调", "法律咨询", "文体服务");

    static final List<String> ORGANISATIONS = List.of(
            "区慈善总会", "市红十字会", "华联超市", "建设银行市分行", "区总工会", "青海湖乳业公司", "爱心企业家协会",
            "市妇联", "团市委", "夏都物业公司");

    static final List<String> VISIT_NOTES = List.of(
            "了解近况，老人身体尚好", "询问生活困难，留下联系电话", "帮助打扫卫生", "送去米面油", "陪老人聊天",
            "了解孩子学习情况", "讲解医保报销政策", "检查家中用电安全", "询问就医需要", "节日慰问");

    /** A real thing done (办实事): content and category. */
    record Help(String content, String category) {
    }

    static final List<Help> HELPS = List.of(
            new Help("更换损坏的水龙头", "维修"), new Help("修理电饭煲", "维修"), new Help("代购常用药品", "医疗健康"),
            new Help("陪同到医院复查", "医疗健康"), new Help("辅导孩子数学作业", "学习辅导"), new Help("送去冬季棉被", "生活物品"),
            new Help("帮助申请低保", "法律援助"), new Help("更换楼道灯泡", "维修"), new Help("代缴水电费", "生活物品"),
            new Help("送去米面油", "生活物品"), new Help("推荐就业岗位", "就业创业"), new Help("陪伴聊天、读报", "陪伴关爱"));

    /** A wish template: content, category, and the usual value in yuan (0: a service, no value). */
    record WishText(String content, String category, int value) {
    }

    static final List<WishText> WISHES = List.of(
            new WishText("希望有一台电风扇过夏天", "生活物品", 150), new WishText("想要一件厚实的羽绒服", "生活物品", 300),
            new WishText("孩子想要一套课外读物", "学习辅导", 120), new WishText("希望有人辅导孩子英语", "学习辅导", 0),
            new WishText("家里水管漏水，希望帮忙修理", "维修", 0), new WishText("希望帮忙修理老旧的电视机", "维修", 0),
            new WishText("想要一个助行器", "医疗健康", 260), new WishText("希望有人定期测量血压", "医疗健康", 0),
            new WishText("咨询房屋继承的法律问题", "法律援助", 0), new WishText("希望周末有人陪伴聊天", "陪伴关爱", 0),
            new WishText("想学习使用智能手机", "陪伴关爱", 0), new WishText("希望找一份保洁工作", "就业创业", 0),
            new WishText("孩子想要一个新书包", "学习辅导", 80), new WishText("想要一台电暖器", "生活物品", 220),
            new WishText("希望有人帮忙更换门锁", "维修", 60), new WishText("想要一副老花镜", "医疗健康", 50));

    static final List<String> FULFILMENT_NOTES = List.of(
            "已送到居民家中", "已上门完成", "居民表示满意", "已按约定完成并回访", "物品已交到居民手中");

    static final List<String> CANCEL_REASONS = List.of("居民已自行解决", "居民搬离本社区", "心愿重复登记", "居民不再需要");

    static final List<String> ACTIVITY_TITLES = List.of(
            "便民服务日", "社区义诊", "家电义务维修", "法律知识讲座", "文艺演出", "慰问空巢老人", "家庭教育讲座",
            "环境卫生整治", "防诈骗宣传", "重阳节敬老活动");

    static final List<String> POST_DUTY_TEXTS = List.of("岗位值班", "接待居民来访", "调解邻里纠纷", "巡查公共设施", "政策宣讲");

    static final List<String> REVERSAL_REASONS = List.of("重复登记", "日期录错", "人员录错");

    static final List<String> ADJUSTMENT_TEXTS = List.of("表彰加分", "补记上月服务", "核减未到岗积分");

    static final String FUND_REVERSAL_REASON = "金额录入错误";

    static final List<String> AWARD_TITLES = List.of("优秀共产党员志愿者", "服务之星", "服务之星");

    private DemoVocabulary() {
    }
}
