/** How a section slug is written; the readers' URL it makes is shown left to right. */
export function SlugHint() {
  return (
    <>
      حروف لاتينية صغيرة وأرقام وشرطات، مثل <bdi dir="ltr">arab-world</bdi>. تغييره لاحقًا يحوّل الرابط القديم إلى الجديد.
    </>
  );
}
