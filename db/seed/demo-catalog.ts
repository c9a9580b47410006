// The demo newspaper's fixed catalogue: sections (glossary order), fictional staff writers, and the
// illustrations bundled in public/demo. Article texts live in ./content/<section>.json.

export const DEMO_SECTIONS = [
  { slug: 'egypt', name: 'مصر' },
  { slug: 'arab-world', name: 'عرب وعالم' },
  { slug: 'economy', name: 'اقتصاد' },
  { slug: 'sports', name: 'رياضة' },
  { slug: 'culture', name: 'ثقافة وفنون' },
  { slug: 'accidents', name: 'حوادث' },
  { slug: 'technology', name: 'تكنولوجيا' },
  { slug: 'opinion', name: 'رأي' },
] as const;

export type DemoSectionSlug = (typeof DEMO_SECTIONS)[number]['slug'];

export const DEMO_AUTHORS = [
  { slug: 'heba-elshenawy', name: 'هبة الشناوي', bio: 'محررة الشؤون المحلية، تتابع ملفات الخدمات والمحافظات.' },
  { slug: 'mostafa-zaki', name: 'مصطفى زكي', bio: 'صحفي ميداني يغطي أخبار القاهرة الكبرى والحوادث.' },
  { slug: 'salma-rashad', name: 'سلمى رشاد', bio: 'محررة الشؤون العربية والدولية.' },
  { slug: 'youssef-elkady', name: 'يوسف القاضي', bio: 'كاتب ومحلل سياسي، يكتب عن المنطقة والعالم.' },
  { slug: 'khaled-elbanna', name: 'خالد البنا', bio: 'محرر اقتصادي متخصص في الأسواق والبنوك.' },
  { slug: 'dina-mansour', name: 'دينا منصور', bio: 'تكتب عن الاقتصاد اليومي والأسعار والمشروعات الصغيرة.' },
  { slug: 'omar-eldessouky', name: 'عمر الدسوقي', bio: 'محرر رياضي يتابع الدوري والمنتخبات.' },
  { slug: 'hossam-noureldin', name: 'حسام نور الدين', bio: 'ناقد رياضي ومتابع للألعاب الفردية.' },
  { slug: 'reem-abdelhamid', name: 'ريم عبد الحميد', bio: 'محررة ثقافية تكتب عن الكتب والسينما والمسرح.' },
  { slug: 'nadia-fekry', name: 'نادية فكري', bio: 'محررة التكنولوجيا والاقتصاد الرقمي.' },
] as const;

export const DESK_AUTHORS: Record<DemoSectionSlug, string[]> = {
  egypt: ['heba-elshenawy', 'mostafa-zaki'],
  'arab-world': ['salma-rashad', 'youssef-elkady'],
  economy: ['khaled-elbanna', 'dina-mansour'],
  sports: ['omar-eldessouky', 'hossam-noureldin'],
  culture: ['reem-abdelhamid'],
  accidents: ['mostafa-zaki', 'heba-elshenawy'],
  technology: ['nadia-fekry'],
  opinion: ['youssef-elkady', 'reem-abdelhamid', 'dina-mansour', 'nadia-fekry'],
};

export const DEMO_IMAGE_SIZE = { width: 1200, height: 675 } as const;

/** One illustration per section, drawn by scripts/make-demo-images.ts; alt text says what it shows. */
export const DEMO_IMAGES: Record<DemoSectionSlug, { file: string; alt: string }> = {
  egypt: { file: '/demo/egypt.webp', alt: 'رسم توضيحي لأهرامات الجيزة الثلاثة ونهر النيل تحت شمس الغروب' },
  'arab-world': { file: '/demo/arab-world.webp', alt: 'رسم توضيحي لكرة أرضية تظهر عليها خطوط الطول والعرض' },
  economy: { file: '/demo/economy.webp', alt: 'رسم توضيحي لأعمدة بيانية صاعدة يعلوها خط يشير إلى النمو' },
  sports: { file: '/demo/sports.webp', alt: 'رسم توضيحي لملعب كرة قدم أخضر تظهر فيه دائرة المنتصف والمرميان' },
  culture: { file: '/demo/culture.webp', alt: 'رسم توضيحي لكتاب مفتوح بجوار شريط سينمائي' },
  accidents: { file: '/demo/accidents.webp', alt: 'رسم توضيحي لطريق سريع ليلًا تتوسطه خطوط بيضاء متقطعة' },
  technology: { file: '/demo/technology.webp', alt: 'رسم توضيحي لدائرة إلكترونية تتفرع منها خطوط ونقاط مضيئة' },
  opinion: { file: '/demo/opinion.webp', alt: 'رسم توضيحي لقلم حبر فوق ورقة بجوار علامتي تنصيص' },
};
