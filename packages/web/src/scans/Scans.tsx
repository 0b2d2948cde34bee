import { ScanTable } from '../result/Result.js';
import { text } from '../text/text.js';

/** What each scan can and cannot show, for anyone wondering whether they need one. */
export function Scans() {
  return (
    <section>
      <h1>{text.scans.title}</h1>
      <p className="lead">{text.scans.intro}</p>
      <ScanTable />
    </section>
  );
}
