/** Site-wide particulars, set per deployment through the environment of the build. */
export const SITE = {
  name: '乡镇机构改革方案公开',
  /** 主办单位 shown in the footer. The sample content is gathered from public sources, not issued by us. */
  publisher: process.env.SANDING_PUBLISHER ?? 'sanding 开源项目（示例站点，非政府官方网站）',
  /** Optional ICP/备案 line for deployments in mainland China. */
  registration: process.env.SANDING_REGISTRATION ?? '',
};

/** The site's sections; /find/, /compare/, /stats/ and /search/ are built by the finder pages. */
export const NAV = [
  { href: '/', label: '首页' },
  { href: '/find/', label: '查找' },
  { href: '/compare/', label: '比较' },
  { href: '/stats/', label: '统计' },
  { href: '/search/', label: '搜索' },
  { href: '/data/', label: '开放数据' },
] as const;
