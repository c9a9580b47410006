// What readers and staff are told while the database cannot answer, in one place.
export const UNAVAILABLE = {
  readerTitle: 'الموقع غير متاح مؤقتًا',
  readerText: 'نعتذر، تعذّر عرض هذه الصفحة الآن. نعمل على إعادة الخدمة؛ أعد المحاولة بعد دقائق قليلة.',
  staffTitle: 'قاعدة البيانات غير متاحة',
  staffText: 'قاعدة البيانات غير متاحة الآن، فلا يمكن عرض لوحة التحكم. أعد تحميل الصفحة بعد قليل.',
  /** A save that did not reach the database: nothing was written, and the form keeps the text. */
  staffSave: 'قاعدة البيانات غير متاحة الآن: لم يُحفظ شيء، وما كتبته باقٍ في النموذج. أعد المحاولة بعد قليل.',
  /** The browser could not get an answer from the server at all (network, server restarting). */
  staffNoAnswer: 'تعذّر الوصول إلى الخادم: لم يُحفظ شيء، وما كتبته باقٍ في النموذج. تحقق من الاتصال ثم أعد المحاولة.',
} as const;
