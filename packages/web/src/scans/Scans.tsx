import { ScanTable } from '../result/Result.js';
import { useText } from '../text/i18n.js';

/** What each scan can and cannot show, for anyone wondering whether they need one. */
export function Scans() {
  const text = useText();
  return (
    <section>
      <h1>{text.scans.title}</h1>
      <p className="lead">{text.scans.intro}</p>
      <ScanTable />
    </section>
  );
}
