/**
 * Word lists for the synthetic data set. Place names are composed from syllables, so they make no
 * claim about any real place (a composed name can coincide with a real one; every file says
 * 合成测试数据 and every plan title carries 【合成】). Body names, duties and platforms are those of the
 * bundled real plans in content/, so pages and PDFs have realistic shape and length.
 */

/** [character, pinyin] — the pinyin builds ASCII slugs. */
export const SYLLABLES: readonly (readonly [string, string])[] = [
  ['安', 'an'], ['白', 'bai'], ['柏', 'bo'], ['宝', 'bao'], ['北', 'bei'], ['碧', 'bi'], ['滨', 'bin'], ['昌', 'chang'],
  ['长', 'chang'], ['城', 'cheng'], ['川', 'chuan'], ['春', 'chun'], ['丹', 'dan'], ['东', 'dong'], ['大', 'da'], ['德', 'de'],
  ['丰', 'feng'], ['枫', 'feng'], ['福', 'fu'], ['富', 'fu'], ['高', 'gao'], ['古', 'gu'], ['关', 'guan'], ['广', 'guang'],
  ['桂', 'gui'], ['海', 'hai'], ['汉', 'han'], ['禾', 'he'], ['河', 'he'], ['和', 'he'], ['红', 'hong'], ['洪', 'hong'],
  ['湖', 'hu'], ['花', 'hua'], ['华', 'hua'], ['淮', 'huai'], ['黄', 'huang'], ['嘉', 'jia'], ['江', 'jiang'], ['金', 'jin'],
  ['锦', 'jin'], ['京', 'jing'], ['靖', 'jing'], ['九', 'jiu'], ['峻', 'jun'], ['开', 'kai'], ['康', 'kang'], ['兰', 'lan'],
  ['蓝', 'lan'], ['乐', 'le'], ['黎', 'li'], ['莲', 'lian'], ['林', 'lin'], ['临', 'lin'], ['灵', 'ling'], ['柳', 'liu'],
  ['龙', 'long'], ['鹿', 'lu'], ['罗', 'luo'], ['马', 'ma'], ['梅', 'mei'], ['明', 'ming'], ['南', 'nan'], ['宁', 'ning'],
  ['平', 'ping'], ['浦', 'pu'], ['栖', 'qi'], ['启', 'qi'], ['千', 'qian'], ['青', 'qing'], ['清', 'qing'], ['泉', 'quan'],
  ['仁', 'ren'], ['荣', 'rong'], ['瑞', 'rui'], ['三', 'san'], ['沙', 'sha'], ['山', 'shan'], ['上', 'shang'], ['石', 'shi'],
  ['寿', 'shou'], ['双', 'shuang'], ['水', 'shui'], ['顺', 'shun'], ['松', 'song'], ['太', 'tai'], ['泰', 'tai'], ['潭', 'tan'],
  ['桃', 'tao'], ['天', 'tian'], ['田', 'tian'], ['通', 'tong'], ['桐', 'tong'], ['万', 'wan'], ['旺', 'wang'], ['威', 'wei'],
  ['文', 'wen'], ['吴', 'wu'], ['五', 'wu'], ['西', 'xi'], ['溪', 'xi'], ['霞', 'xia'], ['仙', 'xian'], ['祥', 'xiang'],
  ['湘', 'xiang'], ['新', 'xin'], ['兴', 'xing'], ['秀', 'xiu'], ['徐', 'xu'], ['阳', 'yang'], ['杨', 'yang'], ['瑶', 'yao'],
  ['义', 'yi'], ['银', 'yin'], ['永', 'yong'], ['榆', 'yu'], ['玉', 'yu'], ['元', 'yuan'], ['源', 'yuan'], ['岳', 'yue'],
  ['云', 'yun'], ['泽', 'ze'], ['樟', 'zhang'], ['镇', 'zhen'], ['中', 'zhong'], ['竹', 'zhu'], ['紫', 'zi'], ['遵', 'zun'],
  ['坪', 'ping'], ['岭', 'ling'], ['坝', 'ba'], ['桥', 'qiao'], ['营', 'ying'], ['铺', 'pu'], ['庄', 'zhuang'], ['店', 'dian'],
  ['沟', 'gou'], ['岗', 'gang'], ['洲', 'zhou'], ['湾', 'wan'], ['塘', 'tang'], ['集', 'ji'], ['寨', 'zhai'], ['堡', 'bao'],
  ['峪', 'yu'], ['口', 'kou'], ['头', 'tou'], ['坊', 'fang'], ['埠', 'bu'], ['渡', 'du'], ['滩', 'tan'], ['垭', 'ya'],
];

/**
 * Characters that occur in real place names but are missing from common fonts (Fandol): a share of
 * township names carries one, so that site and PDF exercise font fallback.
 */
export const RARE_SYLLABLES: readonly (readonly [string, string])[] = [
  ['埇', 'yong'], ['滘', 'jiao'], ['碶', 'qi'], ['氹', 'dang'], ['洸', 'guang'], ['犇', 'ben'], ['甪', 'lu'], ['畈', 'fan'],
  ['垟', 'yang'], ['岙', 'ao'], ['埭', 'dai'], ['硚', 'qiao'], ['垌', 'dong'], ['溇', 'lou'], ['浬', 'li'], ['圳', 'zhen'],
];

/** Province-level names (real, so that the data set splits like the country does; counties and townships are composed). */
export const PROVINCES: readonly (readonly [string, string])[] = [
  ['北京市', 'beijing'], ['天津市', 'tianjin'], ['河北省', 'hebei'], ['山西省', 'shanxi'], ['内蒙古自治区', 'neimenggu'],
  ['辽宁省', 'liaoning'], ['吉林省', 'jilin'], ['黑龙江省', 'heilongjiang'], ['上海市', 'shanghai'], ['江苏省', 'jiangsu'],
  ['浙江省', 'zhejiang'], ['安徽省', 'anhui'], ['福建省', 'fujian'], ['江西省', 'jiangxi'], ['山东省', 'shandong'],
  ['河南省', 'henan'], ['湖北省', 'hubei'], ['湖南省', 'hunan'], ['广东省', 'guangdong'], ['广西壮族自治区', 'guangxi'],
  ['海南省', 'hainan'], ['重庆市', 'chongqing'], ['四川省', 'sichuan'], ['贵州省', 'guizhou'], ['云南省', 'yunnan'],
  ['西藏自治区', 'xizang'], ['陕西省', 'shaanxi'], ['甘肃省', 'gansu'], ['青海省', 'qinghai'], ['宁夏回族自治区', 'ningxia'],
  ['新疆维吾尔自治区', 'xinjiang'],
];

/** Rough share of the country's townships per province (weights, not data). */
export const PROVINCE_WEIGHTS: readonly number[] = [
  3, 3, 22, 14, 8, 13, 9, 12, 2, 12, 14, 15, 11, 16, 18, 24, 12, 19, 16, 12, 2, 10, 31, 14, 14, 7, 13, 12, 4, 2, 11,
];

export type PlatformKey = 'dangqun' | 'jingji' | 'zhili' | 'zhifa' | 'fuwu';

export const PLATFORMS: Record<PlatformKey, { name: string; scope: string }> = {
  dangqun: { name: '党群综合平台', scope: '统筹党建、纪检监察、组织人事、宣传、统战、政法、人武、群团等方面人员力量和相关工作，强化党建引领作用' },
  jingji: { name: '经济发展平台', scope: '统筹经济发展、财政、统计、项目建设、招商引资、市场准入、村镇规划建设、农经管理等方面人员力量和相关工作，着力推进乡村振兴' },
  zhili: { name: '综合治理平台', scope: '统筹社会治安、平安建设、法治建设、应急管理、矛盾化解、信访维稳、流动人口服务管理等方面的人员力量和相关工作' },
  zhifa: { name: '综合执法平台', scope: '统一指挥和协调辖区内城管执法、自然资源规划、生态环境、市场监管、安全生产、消防、农业、水利、村镇建设等方面执法力量' },
  fuwu: { name: '为民服务平台', scope: '统筹民政、人社、医保、退役军人服务、卫健、农业农村等方面的审批服务力量，建立综合审批服务窗口，实现线上“一网通办”、线下“一门通办”' },
};

export interface BodyTemplate {
  id: string;
  name: string;
  category: '党政机构' | '事业单位' | '派驻机构';
  /** Head of the body, deputy. */
  head: [string, string];
  platform?: PlatformKey;
  /** Can lead its platform. */
  lead?: boolean;
  plaques?: string[];
  staffing: [number, number];
  parent?: string;
  welfare?: '公益一类' | '公益二类';
  duties: string[];
}

const OTHER = '承办上级和乡镇党委、政府交办的其他工作';

/** Bodies of the bundled real plans (党政综合办公室, 综合行政执法队, 便民服务中心 …) with their duties. */
export const BODY_TEMPLATES: readonly BodyTemplate[] = [
  {
    id: 'dangzheng-zonghe', name: '党政综合办公室', category: '党政机构', head: ['主任', '副主任'], platform: 'dangqun', lead: true,
    plaques: ['党校', '人大主席团办公室'], staffing: [8, 16],
    duties: [
      '负责党群综合平台日常管理协调工作',
      '承担乡镇党委、人大、政府日常工作的综合协调及领导交办的各项工作',
      '负责督查督办、目标管理考核、综合性文稿的起草、机关文电、信息、保密机要、档案、会务接待、政务公开等工作',
      '承担人事、人力资源、机构编制、干部队伍建设与日常管理考核等工作',
      '承担对内对外宣传、精神文明建设、意识形态工作',
      '承担工会、共青团、妇联等群团组织工作',
    ],
  },
  {
    id: 'dangjian', name: '党建工作办公室', category: '党政机构', head: ['主任', '副主任'], platform: 'dangqun', plaques: ['组织办公室'], staffing: [3, 6],
    duties: ['承担党的组织建设、党员教育管理与培训、发展党员等基层党建工作', '指导村（社区）党组织建设', '负责党风廉政建设日常工作'],
  },
  {
    id: 'jingji-fazhan', name: '经济发展办公室', category: '党政机构', head: ['主任', '副主任'], platform: 'jingji', lead: true,
    plaques: ['统计站', '文化旅游办公室'], staffing: [4, 8],
    duties: [
      '负责经济发展平台日常管理协调工作',
      '负责发展改革、项目建设、市场准入、招商引资、为企服务、统计、金融、科技、商务等工作',
      '承担辖区财政、资产经营、国有（集体）资产管理与处置等工作',
      '承担公共文化服务及文旅产业规划和发展工作',
    ],
  },
  {
    id: 'zonghe-zhili', name: '综合治理办公室', category: '党政机构', head: ['主任', '副主任'], platform: 'zhili', lead: true,
    plaques: ['信访办公室'], staffing: [3, 6],
    duties: [
      '负责综合治理平台日常管理协调工作',
      '负责社会治安、平安建设、法治建设、矛盾化解、信访维稳、防范邪教等工作',
      '承担网格化治理体系的建设和服务工作，负责网格员的教育培训',
    ],
  },
  {
    id: 'yingji', name: '应急管理办公室', category: '党政机构', head: ['主任', '副主任'], platform: 'zhili', lead: true, plaques: ['安全生产监督管理办公室'], staffing: [2, 5],
    duties: ['承担应急管理、安全生产、灾害防治救助、消防等工作', '组织编制乡镇应急预案并组织演练', '负责防汛抗旱、森林防灭火日常工作'],
  },
  {
    id: 'ziran-ziyuan', name: '自然资源和生态环境办公室', category: '党政机构', head: ['主任', '副主任'], platform: 'jingji', staffing: [2, 5],
    duties: ['承担大气污染防治、工业企业污染监管、环境资源综合保护和规划利用', '负责农村饮用水源地保护', '配合做好自然资源调查、确权登记和耕地保护工作'],
  },
  {
    id: 'shehui-shiwu-ban', name: '社会事务办公室', category: '党政机构', head: ['主任', '副主任'], platform: 'fuwu', staffing: [3, 6],
    duties: ['承担民政、人社、教育、体育、残联、卫健、老龄等方面的社会事务工作', '承担群众自治建设、养老服务管理、殡葬管理、社会救助等工作'],
  },
  {
    id: 'nongye-nongcun', name: '农业农村发展办公室', category: '党政机构', head: ['主任', '副主任'], platform: 'jingji', plaques: ['乡村振兴办公室'], staffing: [3, 6],
    duties: [
      '负责农业、水利、乡村振兴、村集体经济发展、土地整治、城镇规划等工作',
      '承担农田水利建设、乡村产业发展、农村土地承包管理等工作',
      '承担美丽乡村建设、农村人居环境整治、改水、改厕和村庄整治等工作',
    ],
  },
  {
    id: 'zonghe-zhifa', name: '综合行政执法队', category: '事业单位', head: ['队长', '副队长'], platform: 'zhifa', lead: true,
    plaques: ['综合指挥和信息化网络中心'], staffing: [10, 18], welfare: '公益一类',
    duties: [
      '负责综合执法平台日常管理协调工作',
      '整合现有站所和上级部门下放的执法资源，以乡镇名义依法开展执法工作，实行一支队伍管执法',
      '统筹城管执法、自然资源规划、环境保护、安全生产、消防、劳动监察、农业、水利、村镇建设等方面执法力量，依法查处违法行为',
      '具体负责区域内的信息受理、工单派发、辅助决策等工作',
    ],
  },
  {
    id: 'bianmin-fuwu', name: '便民服务中心', category: '事业单位', head: ['主任', '副主任'], platform: 'fuwu', lead: true,
    plaques: ['政务服务中心'], staffing: [4, 9], welfare: '公益一类',
    duties: [
      '负责为民服务平台日常管理协调工作',
      '承担民政、人社、医保、退役军人服务、卫健、农业农村、文化旅游、村镇建设等方面的审批服务工作',
      '承担对接县政务服务中心，落实各项便民服务措施',
      '承担村（社区）便民服务平台的管理指导，提高为民服务效能',
    ],
  },
  {
    id: 'nongye-fuwu', name: '农业综合服务中心', category: '事业单位', head: ['主任', '副主任'], platform: 'jingji', plaques: ['畜牧兽医站'], staffing: [4, 10], welfare: '公益一类',
    duties: ['承担农业、渔业、畜牧、农机、果茶等方面的技术推广和服务', '承担辖区养殖场管理和畜牧兽医工作', '承担动植物疫病防疫检疫工作'],
  },
  {
    id: 'tuiyi-junren', name: '退役军人服务站', category: '事业单位', head: ['站长', '副站长'], platform: 'fuwu', staffing: [1, 3], welfare: '公益一类',
    duties: ['承担退役军人和其他优抚对象的服务保障工作', '负责退役军人信息采集、就业创业扶持、帮扶援助和权益维护', '组织开展退役军人思想政治和关心关爱工作'],
  },
  {
    id: 'shehui-shiwu', name: '社会事务中心', category: '事业单位', head: ['主任', '副主任'], platform: 'fuwu', staffing: [3, 7], welfare: '公益一类',
    duties: ['承担社会保障、农村养老保险、医疗保险、流动人口管理等工作', '承担公共卫生监督管理、卫生健康服务等工作', '承担就业服务、劳动保障等工作'],
  },
  {
    id: 'caizheng-suo', name: '财政所', category: '事业单位', head: ['所长', '副所长'], platform: 'jingji', staffing: [3, 6], welfare: '公益一类',
    duties: ['负责乡镇财政预决算编制，预算执行、调整和预算内外收支管理', '负责村级资金专户存储、核拨和监督', '负责民生工程统筹实施', '协助乡镇村两级清收债权、化解债务'],
  },
  {
    id: 'wenhua-zhan', name: '综合文化站', category: '事业单位', head: ['站长', '副站长'], plaques: ['新时代文明实践所'], staffing: [1, 4], welfare: '公益一类',
    duties: ['承担公共文化服务、群众文化活动组织和文化遗产保护工作', '负责广播电视公共服务和农家书屋管理'],
  },
  {
    id: 'sifa-suo', name: '司法所', category: '派驻机构', head: ['所长', '副所长'], parent: '县司法局', staffing: [2, 4],
    duties: ['指导管理人民调解工作，参与调解疑难复杂民间纠纷', '承担社区矫正、安置帮教和公共法律服务工作'],
  },
  {
    id: 'shichang-jianguan', name: '市场监督管理所', category: '派驻机构', head: ['所长', '副所长'], parent: '县市场监督管理局', staffing: [3, 6],
    duties: ['负责辖区市场主体登记注册的初审和监督管理', '负责辖区食品、药品、特种设备安全的日常监督检查'],
  },
];

/** 职责清单 items (item, category, lead department). */
export const RESPONSIBILITIES: readonly (readonly [string, '基本' | '配合' | '收回', string])[] = [
  ['基层党组织建设', '基本', '县委组织部'],
  ['农村集体资产监督管理', '基本', '县农业农村局'],
  ['城乡居民基本养老保险参保登记', '基本', '县人力资源和社会保障局'],
  ['最低生活保障申请受理', '基本', '县民政局'],
  ['农村危房改造对象初审', '配合', '县住房和城乡建设局'],
  ['森林防火巡查', '配合', '县林业局'],
  ['河道日常巡查保洁', '配合', '县水利局'],
  ['违法建设查处', '基本', '县城市管理局'],
  ['食品安全日常巡查', '配合', '县市场监督管理局'],
  ['退役军人优抚政策落实', '基本', '县退役军人事务局'],
  ['招商引资项目审批', '收回', '县发展和改革委员会'],
  ['建设用地审批', '收回', '县自然资源局'],
];

export const FUNCTIONS = ['加强党的建设', '提供公共服务', '保护生态环境', '加强社会治理', '促进经济发展', '推进乡村振兴', '维护安全稳定'];

export const GROUPS = ['人员转隶组', '综合协调组', '财务清算组', '纪律检查组', '宣传报道组'];
